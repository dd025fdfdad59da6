import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashTree } from '../helpers/tree.js';
import { binPath, makeTempDir, runCli } from '../helpers/run-cli.js';

function writePosts(site: string, version: string): void {
  mkdirSync(path.join(site, 'posts'), { recursive: true });
  for (let i = 0; i < 100; i++) {
    const body = `${`Version ${version} of post ${i}, with [a link](https://example.org/${i}). `.repeat(30)}\n`;
    writeFileSync(path.join(site, `posts/2024-06-${String(1 + (i % 28)).padStart(2, '0')}-post-${i}.md`), `---\ntitle: Post ${i} (${version})\ntags: [t${i % 7}]\n---\n${body}`);
  }
}

/** Starts a build, sends SIGKILL after `delayMs`; resolves with how it ended. */
function buildAndKill(site: string, delayMs: number, ...flags: string[]): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, 'build', site, ...flags], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : code === 0 ? 'finished' : ('failed' as never));
    });
  });
}

describe('a build killed at a random moment', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('leaves the previous site whole, or the new one whole, and the next build cleans up', async () => {
    // Without the cache every build is staged and swapped in whole.
    const site = path.join(temp.dir, 'site');
    writePosts(site, 'one');
    expect(runCli(['build', site, '--no-cache']).status).toBe(0);
    const first = hashTree(path.join(site, 'dist'));
    writePosts(site, 'two');
    const reference = path.join(temp.dir, 'reference');
    const started = Date.now();
    expect(runCli(['build', site, '--out', reference, '--no-cache']).status).toBe(0);
    const buildMs = Date.now() - started;
    const second = hashTree(reference);
    const outcomes: string[] = [];
    // Kills spread over the whole build, most of them late, where files are written and swapped.
    for (const fraction of [0.45, 0.65, 0.78, 0.86, 0.93, 1.0]) {
      const delayMs = Math.round(buildMs * (fraction + Math.random() * 0.08));
      const ended = await buildAndKill(site, delayMs, '--no-cache');
      const out = path.join(site, 'dist');
      let state: Record<string, string>;
      if (existsSync(out)) {
        state = hashTree(out);
      } else {
        // Killed between the two renames of the swap: the previous site waits beside, whole.
        const aside = readdirSync(site).find((name) => name.startsWith('.dist.quire-old-'));
        expect(aside, `killed after ${delayMs} ms: no output folder and no previous site`).toBeDefined();
        state = hashTree(path.join(site, aside!));
      }
      const which = JSON.stringify(state) === JSON.stringify(first) ? 'previous' : JSON.stringify(state) === JSON.stringify(second) ? 'new' : 'broken';
      outcomes.push(`${delayMs} ms: ${ended}, ${which}`);
      expect(which, outcomes.join('\n')).not.toBe('broken');
    }
    expect(outcomes.some((o) => o.includes('killed')), outcomes.join('\n')).toBe(true);
    const last = runCli(['build', site, '--no-cache']);
    expect(last.status, last.stderr).toBe(0);
    expect(hashTree(path.join(site, 'dist'))).toEqual(second);
    expect(readdirSync(site).sort()).toEqual(['dist', 'posts']);
  });

  it('with the cache, leaves every file whole (previous or new), and the next build completes the new site', async () => {
    // A build that reuses the cache replaces only changed files, each by a rename once all rendered.
    const site = path.join(temp.dir, 'cached');
    writePosts(site, 'one');
    expect(runCli(['build', site]).status).toBe(0);
    const first = hashTree(path.join(site, 'dist'));
    writePosts(site, 'two');
    const reference = path.join(temp.dir, 'cached-reference');
    const started = Date.now();
    expect(runCli(['build', site, '--out', reference, '--no-cache']).status).toBe(0);
    const buildMs = Date.now() - started;
    const second = hashTree(reference);
    const outcomes: string[] = [];
    for (const fraction of [0.75, 1.0]) {
      const delayMs = Math.round(buildMs * (fraction + Math.random() * 0.08));
      const ended = await buildAndKill(site, delayMs);
      const state = hashTree(path.join(site, 'dist'));
      const torn = Object.entries(state).filter(([file, hash]) => !file.endsWith('.tmp') && hash !== first[file] && hash !== second[file]);
      outcomes.push(`${delayMs} ms: ${ended}, ${torn.length} files neither previous nor new`);
      expect(torn, outcomes.join('\n')).toEqual([]);
    }
    const last = runCli(['build', site]);
    expect(last.status, last.stderr).toBe(0);
    expect(hashTree(path.join(site, 'dist'))).toEqual(second);
    expect(readdirSync(site).sort()).toEqual(['.quire-cache', 'dist', 'posts']);
  });
});
