import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashTree } from '../helpers/tree.js';
import { makeTempDir, runCli, runCliAsync } from '../helpers/run-cli.js';

function makeSite(dir: string, posts: number): string {
  mkdirSync(path.join(dir, 'posts'), { recursive: true });
  for (let i = 0; i < posts; i++) {
    writeFileSync(path.join(dir, `posts/2024-03-${String(1 + (i % 28)).padStart(2, '0')}-post-${i}.md`), `---\ntitle: Post ${i}\ntags: [t${i % 5}]\n---\n${'Words of a post. '.repeat(40)}\n`);
  }
  return dir;
}

describe('builds writing the same output folder', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('run one after the other when started at once, and leave a correct site', async () => {
    const site = makeSite(path.join(temp.dir, 'site'), 60);
    const reference = path.join(temp.dir, 'reference');
    expect(runCli(['build', site, '--out', reference]).status).toBe(0);
    const results = await Promise.all([1, 2, 3].map(() => runCliAsync(['build', site])));
    for (const result of results) expect(result.status, result.stderr).toBe(0);
    expect(hashTree(path.join(site, 'dist'))).toEqual(hashTree(reference));
    expect(readdirSync(site).sort()).toEqual(['.quire-cache', 'dist', 'posts']);
  });

  it('fail with a clear message when another build holds the folder too long, leaving it as it was', () => {
    const site = makeSite(path.join(temp.dir, 'busy'), 2);
    expect(runCli(['build', site]).status).toBe(0);
    const before = hashTree(path.join(site, 'dist'));
    // This test's own process is alive: to the CLI, another build that holds the lock.
    writeFileSync(path.join(site, '.dist.quire-lock'), `${process.pid}\n`);
    writeFileSync(path.join(site, 'posts/2024-04-01-new.md'), '---\ntitle: New\n---\nNew.\n');
    const result = runCli(['build', site], { env: { QUIRE_LOCK_TIMEOUT_MS: '300' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`error OutputDirBusy another build (process ${process.pid}) is writing ${path.join(site, 'dist')}; gave up waiting after 300 ms`);
    expect(result.stderr).toContain(`hint: wait for it to finish and build again; if no quire build is running, delete ${path.join(site, '.dist.quire-lock')}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(hashTree(path.join(site, 'dist'))).toEqual(before);
    expect(readdirSync(site).sort()).toEqual(['.dist.quire-lock', '.quire-cache', 'dist', 'posts']);
  });

  it('take over the lock of a build that was killed', () => {
    const site = makeSite(path.join(temp.dir, 'stale'), 2);
    writeFileSync(path.join(site, '.dist.quire-lock'), '99999999\n');
    writeFileSync(path.join(site, '.dist.quire-lock.99999998'), '99999998\n');
    const result = runCli(['build', site]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(site).sort()).toEqual(['.quire-cache', 'dist', 'posts']);
  });

  it('put the previous site back when a build was killed in the middle of its swap', () => {
    const site = makeSite(path.join(temp.dir, 'swap'), 2);
    expect(runCli(['build', site]).status).toBe(0);
    const before = hashTree(path.join(site, 'dist'));
    // What a build killed between its two renames leaves: no output folder, the old site beside it.
    cpSync(path.join(site, 'dist'), path.join(site, '.dist.quire-old-99999999'), { recursive: true });
    rmSync(path.join(site, 'dist'), { recursive: true });
    writeFileSync(path.join(site, 'posts/2024-05-01-broken.md'), '---\ntitle: [unclosed\n---\n');
    const failed = runCli(['build', site]);
    expect(failed.status).toBe(1);
    expect(hashTree(path.join(site, 'dist'))).toEqual(before);
    expect(readdirSync(site).sort()).toEqual(['.quire-cache', 'dist', 'posts']);
  });
});
