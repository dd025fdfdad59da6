import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

describe('content cannot run code or reach outside the site', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('templates cannot reach prototypes, and front matter cannot pollute them', async () => {
    const site = path.join(temp.dir, 'proto');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    mkdirSync(path.join(site, 'templates/layouts'), { recursive: true });
    writeFileSync(
      path.join(site, 'posts/2024-01-01-a.md'),
      '---\ntitle: A\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n---\nBody.\n',
    );
    writeFileSync(
      path.join(site, 'templates/layouts/post.hbs'),
      '[{{post.title.toUpperCase}}][{{post.title.toString}}][{{post.title.constructor.name}}][{{lookup post.tags "constructor"}}][{{post.title}}]\n',
    );
    const result = await build(site, { now: Date.UTC(2025, 0, 1) });
    expect(result.exitCode, JSON.stringify(result.diagnostics)).toBe(0);
    // Keys named like prototypes are the post's own data (templates see them as values); real
    // prototypes stay out of reach, and nothing leaks into Object.prototype.
    expect(readFileSync(path.join(site, 'dist/posts/a/index.html'), 'utf8')).toBe('[][][][][A]\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('symbolic links that point outside the site are skipped with a warning; links inside are followed', () => {
    const site = path.join(temp.dir, 'links');
    const outside = path.join(temp.dir, 'private');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    mkdirSync(path.join(site, 'static'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: Secret\ndate: 2024-01-01\n---\nPrivate text.\n');
    writeFileSync(path.join(outside, 'key.txt'), 'private key');
    writeFileSync(path.join(site, 'posts/2024-01-01-real.md'), '---\ntitle: Real\n---\nPublic.\n');
    symlinkSync(path.join(outside, 'secret.md'), path.join(site, 'posts/2024-01-02-secret.md'));
    symlinkSync(outside, path.join(site, 'static/private'));
    symlinkSync(path.join(site, 'posts/2024-01-01-real.md'), path.join(site, 'posts/2024-01-03-again.md'));
    const result = runCli(['build', site]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('posts/2024-01-02-secret.md warning SymlinkOutsideSite');
    expect(result.stderr).toContain('static/private warning SymlinkOutsideSite');
    expect(result.stderr).not.toContain('Private text');
    expect(existsSync(path.join(site, 'dist/posts/secret'))).toBe(false);
    expect(existsSync(path.join(site, 'dist/private'))).toBe(false);
    expect(readFileSync(path.join(site, 'dist/posts/again/index.html'), 'utf8')).toContain('Public.');
  });
});
