import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attrs, readHtml, texts } from '../helpers/html.js';
import { copyExample, makeTempDir, readOutput, runCli, type CliResult } from '../helpers/run-cli.js';
import { hashTree } from '../helpers/tree.js';

describe('quire build examples/blog', () => {
  const temp = makeTempDir();
  let site: string;
  let out: string;
  let result: CliResult;
  const exists = (file: string) => existsSync(path.join(out, file));

  beforeAll(() => {
    site = copyExample('blog', temp.dir);
    out = path.join(site, 'dist');
    result = runCli(['build', site, '--strict']);
  });
  afterAll(() => temp.cleanup());

  it('builds clean under --strict: exits 0, no warning, one summary line with pages, posts and time', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^Built \d+ pages \(16 posts, 2 left out \(1 draft, 1 future\)\) in \d+ ms → .*dist$/m);
  });

  it('writes a page for every published post at /posts/<slug>/, non-Latin slugs included', () => {
    const posts = readdirSync(path.join(out, 'posts'));
    expect(posts).toHaveLength(16);
    expect(posts).toContain('café-crème');
    expect(posts).toContain('print-stylesheets');
    expect(exists('posts/winter-soups/index.html')).toBe(false);
    expect(exists('posts/spring-sowing-calendar/index.html')).toBe(false);
  });

  it('post page: title as the only h1, date, author, reading time, tags, body', () => {
    const page = readHtml(out, 'posts/sleep-better-tonight/index.html');
    expect(texts(page, 'h1')).toEqual(['Sleep Better Tonight: What the Research Actually Says About Evening Routines']);
    expect(page.querySelector('time[datetime="2025-01-19"]')?.text).toBe('January 19, 2025');
    expect(page.querySelector('a[href="/authors/mei/"]')?.text).toContain('Mei Hartley');
    expect(page.text).toMatch(/by\s+Mei Hartley/);
    expect(page.text).toMatch(/\d+ min read/);
    expect(attrs(page, 'a[href^="/tags/"]', 'href')).toEqual(expect.arrayContaining(['/tags/wellbeing/', '/tags/notes/']));
    expect(page.querySelectorAll('h2[id]').length).toBeGreaterThan(3);
    expect(page.querySelector('blockquote')).not.toBeNull();
    expect(page.querySelector('head title')?.text).toBe('Sleep Better Tonight: What the Research Actually Says About… — The Slow Kettle');
  });

  it('post page: previous/next links and up to three related posts ending with View all', () => {
    const page = readHtml(out, 'posts/café-crème/index.html');
    expect(attrs(page, 'a[rel="prev"]', 'href')).toEqual(['/posts/ten-minutes-with-a-stovetop-kettle/']);
    expect(attrs(page, 'a[rel="next"]', 'href')).toEqual(['/posts/raised-beds-on-a-budget/']);
    const heading = page.querySelectorAll('h2').find((h) => h.text.trim() === 'Related posts');
    expect(heading).toBeDefined();
    const section = heading!.closest('section') ?? heading!.parentNode;
    const links = section.querySelectorAll('a');
    expect(links.length).toBeLessThanOrEqual(4);
    expect(links.at(-1)?.text.trim()).toBe('View all');
    expect(links.at(-1)?.getAttribute('href')).toBe('/archive/');
    // Most shared tags first: the other recipes+travel posts share one tag each; none shares both.
    expect(links.slice(0, -1).map((a) => a.getAttribute('href'))).toHaveLength(3);
  });

  it('rewrites relative links to other posts\' .md files to their URLs', () => {
    const page = readHtml(out, 'posts/twelve-weeks-to-a-half-marathon/index.html');
    expect(attrs(page, '.content a, article a', 'href')).toContain('/posts/first-long-run/');
    expect(readOutput(out, 'posts/twelve-weeks-to-a-half-marathon/index.html')).not.toMatch(/href="[^"]*\.md"/);
  });

  it('home page: newest first with excerpts, paginated by perPage with rel=prev/next', () => {
    const home = readHtml(out, 'index.html');
    const first = home.querySelectorAll('article h2 a').map((a) => a.getAttribute('href'));
    expect(first).toHaveLength(5);
    expect(first[0]).toBe('/posts/three-days-on-the-fells/');
    expect(home.querySelectorAll('article p').length).toBeGreaterThanOrEqual(5);
    expect(attrs(home, '[rel="next"]', 'href')).toContain('/page/2/');
    expect(exists('page/4/index.html')).toBe(true);
    expect(exists('page/5/index.html')).toBe(false);
    const last = readHtml(out, 'page/4/index.html');
    expect(attrs(last, '[rel="prev"]', 'href')).toContain('/page/3/');
    expect(last.querySelectorAll('article h2 a')).toHaveLength(1);
  });

  it('archive lists every post grouped by year', () => {
    const archive = readHtml(out, 'archive/index.html');
    expect(texts(archive, 'h2')).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
    expect(archive.querySelectorAll('a[href^="/posts/"]')).toHaveLength(16);
  });

  it('tag pages, paginated, and a tags index with counts', () => {
    const index = readHtml(out, 'tags/index.html');
    expect(index.text).toMatch(/notes\s*\(?6\)?/);
    expect(index.text).toMatch(/running\s*\(?4\)?/);
    expect(exists('tags/notes/page/2/index.html')).toBe(true);
    const tag = readHtml(out, 'tags/running/index.html');
    expect(tag.querySelectorAll('article h2 a')).toHaveLength(4);
  });

  it('standalone pages, a 404 page and static files', () => {
    expect(texts(readHtml(out, 'about/index.html'), 'h1')).toHaveLength(1);
    expect(exists('404.html')).toBe(true);
    expect(exists('images/kettle.svg')).toBe(true);
    expect(readOutput(out, 'CNAME').trim()).toBe('example.org');
    expect(exists('assets/style.css')).toBe(true);
  });

  it('--drafts and --future include the left-out posts', () => {
    const withAll = path.join(temp.dir, 'all');
    const all = runCli(['build', site, '--out', withAll, '--drafts', '--future']);
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('(18 posts)');
    expect(existsSync(path.join(withAll, 'posts/winter-soups/index.html'))).toBe(true);
  });

  it('gives byte-identical output whatever the machine time zone', () => {
    const la = path.join(temp.dir, 'la');
    const kiritimati = path.join(temp.dir, 'kiritimati');
    expect(runCli(['build', site, '--out', la], { env: { TZ: 'America/Los_Angeles' } }).status).toBe(0);
    expect(runCli(['build', site, '--out', kiritimati], { env: { TZ: 'Pacific/Kiritimati' } }).status).toBe(0);
    const a = hashTree(la);
    expect(Object.keys(a).length).toBeGreaterThan(40);
    expect(hashTree(kiritimati)).toEqual(a);
  });
});
