import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExample, makeTempDir } from '../helpers/run-cli.js';
import { spawnCli } from '../helpers/spawn-cli.js';
import { hashTree } from '../helpers/tree.js';

const waitUntil = async (check: () => boolean, timeoutMs = 10_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('quire watch', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('rebuilds on edits, survives broken front matter, recovers, and exits 0 on Ctrl-C', async () => {
    const site = copyExample('blog', temp.dir);
    const post = path.join(site, 'posts/2022/2022-04-09-first-long-run.md');
    const page = path.join(site, 'dist/posts/first-long-run/index.html');
    const original = readFileSync(post, 'utf8');
    const cli = spawnCli(['watch', site]);
    try {
      await cli.waitFor(/Watching .* for changes/);
      expect(cli.output()).toMatch(/Built \d+ pages/);

      writeFileSync(post, `${original}\nA freshly added closing line.\n`);
      await cli.waitFor(/first-long-run\.md changed: wrote \d+ files in \d+ ms/);
      expect(readFileSync(page, 'utf8')).toContain('A freshly added closing line.');

      const mark = cli.output().length;
      writeFileSync(post, original.replace(/^title: .*$/m, 'title: [unclosed'));
      await cli.waitFor(/posts\/2022\/2022-04-09-first-long-run\.md:\d+:\d+ error FrontMatterInvalidYaml/, 15_000, mark);
      await cli.waitFor(/: 1 error(, \d+ warnings?)?; the output folder was not changed/, 15_000, mark);
      expect(readFileSync(page, 'utf8')).toContain('A freshly added closing line.');

      writeFileSync(post, original.replace('What I would change', 'What I would do differently'));
      await cli.waitFor(/changed: wrote \d+ files/, 15_000, cli.output().length - 1);
      await waitUntil(() => readFileSync(page, 'utf8').includes('What I would do differently'));
      expect(readFileSync(page, 'utf8')).not.toContain('A freshly added closing line.');
    } finally {
      expect(await cli.stop('SIGINT')).toBe(0);
    }
    expect(readdirSync(site).filter((name) => name.includes('quire-staging') || name.includes('quire-old'))).toEqual([]);
    // Rebuilds write temporary files beside their targets: none may be left in the published folder.
    expect(Object.keys(hashTree(path.join(site, 'dist'))).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.join(site, 'dist/index.html'))).toBe(true);
  });

  it('rebuilds once for a storm of 500 files written at once, as a checkout of another branch does', async () => {
    const site = copyExample('blog', path.join(temp.dir, 'storm'));
    const cli = spawnCli(['watch', site, '--out', path.join(temp.dir, 'storm-out')]);
    try {
      await cli.waitFor(/Watching/);
      // Written aside first and moved in at once, as git does: writing them in place on a busy machine
      // could pause longer than the watcher's quiet time, and then two rebuilds would be right.
      const aside = path.join(temp.dir, 'storm-aside');
      mkdirSync(aside);
      const names = Array.from({ length: 500 }, (_, i) => `storm-${String(i).padStart(3, '0')}.md`);
      names.forEach((name, i) => writeFileSync(path.join(aside, name), `---\ntitle: Storm ${i}\ndate: 2024-01-01\n---\nBody ${i}.\n`));
      const mark = cli.output().length;
      for (const name of names) renameSync(path.join(aside, name), path.join(site, 'posts', name));
      await cli.waitFor(/: wrote \d+ files/, 60_000, mark);
      await waitUntil(() => existsSync(path.join(temp.dir, 'storm-out/posts/storm-499/index.html')), 60_000);
      // Late events of the storm are about files the rebuild already read: no second rebuild.
      await new Promise((r) => setTimeout(r, 2000));
      expect(cli.output().slice(mark).match(/: wrote \d+ files/g)).toHaveLength(1);
      expect(readFileSync(path.join(temp.dir, 'storm-out/archive/index.html'), 'utf8')).toContain('Storm 499');
    } finally {
      expect(await cli.stop('SIGINT')).toBe(0);
    }
  }, 120_000);

  it('does not rebuild in a loop when its output folder is inside the site folder', async () => {
    const site = copyExample('blog', path.join(temp.dir, 'loop'));
    const cli = spawnCli(['watch', site]);
    try {
      await cli.waitFor(/Watching/);
      await new Promise((r) => setTimeout(r, 1500));
      expect(cli.output()).not.toMatch(/changed: wrote/);
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });
});
