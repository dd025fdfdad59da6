import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

function makeSite(dir: string): string {
  mkdirSync(path.join(dir, 'posts'), { recursive: true });
  writeFileSync(path.join(dir, 'posts/2024-01-01-hello.md'), '---\ntitle: Hello\n---\nHi.\n');
  return dir;
}

describe('the output folder guard', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = makeSite(path.join(temp.dir, 'site'));
  it('refuses a dangerous folder with exit code 2 and a message, even with --force', () => {
    const result = runCli(['build', site, '--out', temp.dir, '--force']);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain(`error OutputDirUnsafe refusing to use ${temp.dir} as the output folder: it contains the site folder`);
    expect(result.stderr).toContain('hint: choose a folder of its own with --out');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(temp.dir)).toEqual(['site']);
  });

  it('refuses a non-empty folder it did not create, and leaves it as it was', () => {
    const out = path.join(temp.dir, 'photos');
    mkdirSync(out);
    writeFileSync(path.join(out, 'holiday.jpg'), 'not a site');
    const result = runCli(['build', site, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`error OutputDirNotOurs refusing to replace ${out}: it holds files that quire did not write`);
    expect(result.stderr).toContain('pass --force to replace this one');
    expect(readdirSync(out)).toEqual(['holiday.jpg']);
  });

  it('replaces such a folder with --force, and from then on knows it as its own', () => {
    const out = path.join(temp.dir, 'old-site');
    mkdirSync(out);
    writeFileSync(path.join(out, 'stale.html'), 'from another tool');
    expect(runCli(['build', site, '--out', out, '--force']).status).toBe(0);
    expect(existsSync(path.join(out, 'stale.html'))).toBe(false);
    expect(existsSync(path.join(out, '.quire-output'))).toBe(true);
    const again = runCli(['build', site, '--out', out]);
    expect(again.status, again.stderr).toBe(0);
  });

  it('uses an empty folder without --force, and marks it as its own', () => {
    const out = path.join(temp.dir, 'empty');
    mkdirSync(out);
    writeFileSync(path.join(out, '.DS_Store'), '');
    const result = runCli(['build', site, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(out, '.quire-output'), 'utf8')).toMatch(/written by quire/);
  });

  it('rebuilds its own folder without --force, removing the pages of deleted posts', () => {
    const own = makeSite(path.join(temp.dir, 'own'));
    writeFileSync(path.join(own, 'posts/2024-02-01-second.md'), '---\ntitle: Second\n---\nTwo.\n');
    expect(runCli(['build', own]).status).toBe(0);
    expect(existsSync(path.join(own, 'dist/posts/second/index.html'))).toBe(true);
    writeFileSync(path.join(own, 'posts/2024-02-01-second.md'), '---\ntitle: Second\ndraft: true\n---\nTwo.\n');
    const result = runCli(['build', own]);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(path.join(own, 'dist/posts/second'))).toBe(false);
    expect(readdirSync(own).sort()).toEqual(['.quire-cache', 'dist', 'posts']);
  });
});
