import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attrs, readHtml, texts } from '../helpers/html.js';
import { buildExample, makeTempDir } from '../helpers/run-cli.js';

describe('publishing features on examples/blog', () => {
  const temp = makeTempDir();
  let out: string;
  beforeAll(() => {
    out = buildExample('blog', temp.dir, ['--now', '2026-11-27T12:00:00Z']);
  });
  afterAll(() => temp.cleanup());

  it('short link /p/<id>/ is a redirect page to the post', () => {
    const redirect = readHtml(out, 'p/FjTTZ2bdC3/index.html');
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/posts/first-long-run/');
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/posts/first-long-run/');
    expect(attrs(redirect, 'body a', 'href')).toEqual(['/posts/first-long-run/']);
  });

  it('aliases make redirect pages at old URLs', () => {
    const alias = readHtml(out, '2022/css-for-print/index.html');
    expect(alias.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/posts/print-stylesheets/');
  });

  it('a post with toc: true shows a table of contents linking to its headings, footnotes and a task list', () => {
    const page = readHtml(out, 'posts/twelve-weeks-to-a-half-marathon/index.html');
    const tocLinks = attrs(page, 'nav a[href^="#"]', 'href').filter((href) => !href.startsWith('#fn'));
    expect(tocLinks.length).toBeGreaterThanOrEqual(3);
    for (const href of tocLinks) expect(page.querySelector(`[id="${decodeURIComponent(href.slice(1))}"]`), href).not.toBeNull();
    expect(page.querySelector('section.footnotes')).not.toBeNull();
    expect(page.querySelectorAll('input[type="checkbox"][disabled]').length).toBeGreaterThanOrEqual(2);
    expect(page.querySelector('pre')?.innerHTML).toMatch(/^<code class="language-python"><span class="hljs-keyword">import<\/span>/);
    const plain = readHtml(out, 'posts/first-long-run/index.html');
    expect(plain.querySelector('nav.toc, .toc')).toBeNull();
  });

  it('fenced code is highlighted at build time, with no script in the page', () => {
    const page = readHtml(out, 'posts/keyboard-shortcuts-i-actually-use/index.html');
    // The HTML parser keeps <pre> contents as text, so look at the markup itself.
    expect(page.querySelector('pre')?.innerHTML).toMatch(/^<code class="language-js"><span class="hljs-[a-z]+">/);
    expect(page.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('head: title, description, canonical, Open Graph, Twitter card, JSON-LD, feeds, language', () => {
    const page = readHtml(out, 'posts/ten-minutes-with-a-stovetop-kettle/index.html');
    const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(meta('meta[property="og:title"]')).toBe('Ten minutes with a stovetop kettle');
    expect(meta('meta[property="og:image"]')).toBe('https://example.org/images/kettle.svg');
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta('meta[name="description"]')?.length).toBeGreaterThan(20);
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
    expect(jsonLd).toMatchObject({ '@type': 'BlogPosting', headline: 'Ten minutes with a stovetop kettle', datePublished: '2023-09-17', author: { name: 'Mei Hartley' } });
    expect(attrs(page, 'link[rel="alternate"]', 'href')).toEqual(expect.arrayContaining(['/feed.xml', '/rss.xml', '/feed.json']));
  });

  it('a post without a description gets its excerpt text, cut near 160 characters', () => {
    const page = readHtml(out, 'posts/a-weeknight-dal/index.html');
    const description = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(161);
    expect(description).not.toMatch(/[<>]/);
  });

  it('author pages list the author\'s posts with the bio', () => {
    const page = readHtml(out, 'authors/mei/index.html');
    expect(texts(page, 'h1')).toEqual(['Mei Hartley']);
    expect(page.text).toContain('Allotment holder, former nurse');
    expect(page.querySelectorAll('article h2 a').length).toBe(5);
  });
});
