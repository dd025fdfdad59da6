import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashTree } from '../helpers/tree.js';
import { makeTempDir, runCliAsync } from '../helpers/run-cli.js';

/** Workers for any number of posts, and every body rendered by one (no warm-up on the main thread). */
const forcePool = { QUIRE_POOL_MIN_ENTRIES: '1', QUIRE_POOL_WARM_UP: '0' };

/** A site of `count` posts that link to each other by source path, with broken links, code and footnotes. */
function writeSite(dir: string, count: number): string {
  mkdirSync(path.join(dir, 'posts'), { recursive: true });
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'quire.config.yaml'), 'title: Threads\nbaseUrl: https://example.org/blog/\n');
  writeFileSync(path.join(dir, 'pages', 'about.md'), '---\ntitle: About\n---\nSee [the first post](../posts/post-0.md) and [nothing](../posts/none.md).\n');
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const body = [
      `Intro of post ${i}, see [the next one](./post-${(i + 1) % count}.md) and [the first](../posts/post-0.md#intro).`,
      '',
      '<!-- more -->',
      '',
      '## Intro',
      '',
      `Text with a footnote.[^a] A [root link](/about/), [an outside one](https://example.com/${i}) and <kbd>raw HTML</kbd>.`,
      i % 5 === 0
        ? `A [broken link](./missing-${i}.md), ![a broken image](../posts/gone.md), [a missing page](/posts/post-${i}00/) and [a missing anchor](./post-1.md#outro).`
        : 'No broken link here.',
      '',
      '```js',
      `const post = ${i}; // <highlighted>`,
      '```',
      '',
      '```python',
      `def f(): return ${i}`,
      '```',
      '',
      '## Intro',
      '',
      '- [ ] a task',
      '- [x] done',
      '',
      `[^a]: The note of post ${i}.`,
    ].join('\n');
    writeFileSync(path.join(dir, 'posts', `post-${i}.md`), `---\ntitle: Post ${i}\ndate: 2024-03-${day}T${String(i % 24).padStart(2, '0')}:00:00Z\ntags: [t${i % 4}]\n---\n${body}\n`);
  }
  return dir;
}

describe('Markdown rendered on worker threads', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  // Three chunks of bodies for two workers; far fewer posts than it takes to start workers unasked.
  const site = writeSite(path.join(temp.dir, 'site'), 40);
  // --safe: the workers must render with the build's Markdown options, not their own defaults.
  // --no-cache: the builds share the site folder, and one that found the others' rendered Markdown in
  // its cache would have no body left for workers to render.
  const args = (dir: string, out: string, jobs: string) => ['build', dir, '--out', path.join(temp.dir, out), '--now', '2025-01-01', '--safe', '--no-cache', '--jobs', jobs];
  // Started together: each build takes about a second, mostly starting Node.
  const runs = Promise.all([
    runCliAsync(args(site, 'one', '1'), { env: forcePool }),
    runCliAsync(args(site, 'two', '3'), { env: forcePool }),
    runCliAsync(args(site, 'unforced', '2')),
    runCliAsync(args(site, 'never', '0')),
  ]);

  it('give the same files and the same warnings, in the same order, as the main thread alone', async () => {
    const [alone, parallel] = await runs;
    expect(alone.status, alone.stderr).toBe(0);
    expect(parallel.status, parallel.stderr).toBe(0);
    expect(alone.stdout).not.toContain('thread');
    // Said only when no worker failed: then every body was rendered by one.
    expect(parallel.stdout).toContain('Markdown on 2 worker threads');
    for (const code of ['BrokenLink', 'BrokenImage', 'BrokenAnchor']) expect(parallel.stderr).toContain(`warning ${code} `);
    expect(parallel.stderr).toBe(alone.stderr);
    const one = hashTree(path.join(temp.dir, 'one'));
    expect(Object.keys(one).length).toBeGreaterThan(40);
    expect(hashTree(path.join(temp.dir, 'two'))).toEqual(one);
  });

  it('are not started for a small site', async () => {
    const [, , result] = await runs;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Built \d+ pages \(40 posts\) in \d+ ms → /m);
  });

  it('are asked for with --jobs, a whole number from 1', async () => {
    const [, , , result] = await runs;
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error UsageInvalidJobs --jobs must be a whole number from 1, got "0"');
  });
});
