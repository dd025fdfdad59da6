import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../../src/build/build.js';
import { makeTempDir } from '../../helpers/run-cli.js';

/** Six posts, two per page, tagged `odd` or `even`; post 3 is on page 2 of the home listing. */
function writeSite(site: string) {
  mkdirSync(path.join(site, 'posts'), { recursive: true });
  writeFileSync(path.join(site, 'quire.config.yaml'), 'title: Rebuilds\nbaseUrl: https://example.org/\nperPage: 2\n');
  for (let i = 1; i <= 6; i++) writePost(site, i, `Post ${i}`, `Body of post ${i}.`);
}

function writePost(site: string, i: number, title: string, body: string) {
  const tag = i % 2 ? 'odd' : 'even';
  writeFileSync(path.join(site, `posts/post-${i}.md`), `---\ntitle: ${title}\ndate: 2024-01-0${i}\ntags: [${tag}]\n---\n${body}\n`);
}

describe('an incremental rebuild', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const now = Date.UTC(2026, 0, 1);

  const start = async (name: string) => {
    const site = path.join(temp.dir, name);
    writeSite(site);
    const outDir = path.join(temp.dir, `${name}-out`);
    const first = await build(site, { outDir, now }, { previous: undefined });
    expect(first.ok).toBe(true);
    const rebuild = (previous: BuildResult) => build(site, { outDir, now }, { previous: previous.state, changed: new Set(['posts/post-3.md']), rescan: false });
    return { site, outDir, first, rebuild };
  };

  it('after a body edit keeps the model and plan and writes only the post and what shows its excerpt', async () => {
    const { site, outDir, first, rebuild } = await start('body');
    writePost(site, 3, 'Post 3', 'A new first paragraph.');
    const result = await rebuild(first);
    expect(result.ok).toBe(true);
    expect(result.state?.model?.site).toBe(first.state?.model?.site);
    expect(result.state?.plan?.plan).toBe(first.state?.plan?.plan);
    expect(result.written).toContain('posts/post-3/index.html');
    expect(result.written).toContain('page/2/index.html');
    expect(result.written).toContain('tags/odd/index.html');
    for (const untouched of ['posts/post-1/index.html', 'posts/post-4/index.html', 'index.html', 'tags/even/index.html', 'archive/index.html', 'sitemap.xml']) {
      expect(result.written).not.toContain(untouched);
    }
    expect(readFileSync(path.join(outDir, 'posts/post-3/index.html'), 'utf8')).toContain('A new first paragraph.');
  });

  it('after a title edit keeps the plan and rewrites the listings, neighbours and feeds that show the title', async () => {
    const { site, outDir, first, rebuild } = await start('title');
    writePost(site, 3, 'A renamed post', 'Body of post 3.');
    const result = await rebuild(first);
    expect(result.ok).toBe(true);
    expect(result.state?.model?.site).not.toBe(first.state?.model?.site);
    expect(result.state?.plan?.plan).toBe(first.state?.plan?.plan);
    for (const shows of ['posts/post-3/index.html', 'posts/post-2/index.html', 'posts/post-4/index.html', 'archive/index.html', 'page/2/index.html', 'tags/odd/index.html', 'feed.xml']) {
      expect(result.written).toContain(shows);
    }
    for (const untouched of ['posts/post-6/index.html', 'index.html', 'tags/even/index.html', 'sitemap.xml']) {
      expect(result.written).not.toContain(untouched);
    }
    expect(readFileSync(path.join(outDir, 'archive/index.html'), 'utf8')).toContain('A renamed post');
  });
  it('after a body edit still reports the broken links of the posts it did not render, and those of the edited one', async () => {
    const site = path.join(temp.dir, 'links');
    writeSite(site);
    writePost(site, 1, 'Post 1', 'See [a page](/posts/post-9/).');
    const outDir = path.join(temp.dir, 'links-out');
    const first = await build(site, { outDir, now }, { previous: undefined });
    const found = (result: BuildResult) => result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
    expect(found(first)).toEqual(['posts/post-1.md:6:5 BrokenLink']);
    writePost(site, 3, 'Post 3', 'See [post 1](post-1.md#nope).');
    const result = await build(site, { outDir, now }, { previous: first.state, changed: new Set(['posts/post-3.md']), rescan: false });
    expect(result.ok).toBe(true);
    expect(result.written).not.toContain('posts/post-1/index.html');
    expect(found(result)).toEqual(['posts/post-1.md:6:5 BrokenLink', 'posts/post-3.md:6:5 BrokenAnchor']);
  });
});
