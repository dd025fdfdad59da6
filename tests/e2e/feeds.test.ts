import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, makeTempDir, runCli } from '../helpers/run-cli.js';
import { canValidateXml, validateXml } from '../helpers/xmllint.js';

/** A fixed "now", so which posts are published does not depend on the day the tests run. */
const now = '2026-11-27T12:00:00Z';
const nightTrain = 'posts/2023/2023-06-01-night-train-to-vienna.md';

interface JsonFeed {
  version: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; title: string; content_html: string; summary?: string; image?: string; date_published: string }[];
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** Text of every `<tag>` element (our own output: one element per match, no nesting of the same tag). */
const elementTexts = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => decode(m[1]!));
const hrefs = (xml: string) => [...xml.matchAll(/<(?:link|atom:link)\s[^>]*href="([^"]*)"/g)].map((m) => decode(m[1]!));

describe('feeds, sitemap and robots.txt', () => {
  const temp = makeTempDir('quire-feeds-');
  let site: string;
  const build = (name: string, ...flags: string[]) => {
    const out = path.join(temp.dir, name);
    const result = runCli(['build', site, '--out', out, '--now', now, ...flags]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return {
      out,
      read: (file: string) => readFileSync(path.join(out, file), 'utf8'),
      json: () => JSON.parse(readFileSync(path.join(out, 'feed.json'), 'utf8')) as JsonFeed,
    };
  };
  let main: ReturnType<typeof build>;

  beforeAll(() => {
    site = copyExample('blog', temp.dir);
    main = build('main');
  });
  afterAll(() => temp.cleanup());

  it('writes Atom, RSS and JSON feeds, an Atom feed per tag, sitemap.xml and robots.txt', () => {
    for (const file of ['feed.xml', 'rss.xml', 'feed.json', 'sitemap.xml', 'robots.txt']) expect(existsSync(path.join(main.out, file)), file).toBe(true);
    const tags = readdirSync(path.join(main.out, 'tags'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(tags).toContain('running');
    for (const tag of tags) expect(existsSync(path.join(main.out, 'tags', tag, 'feed.xml')), tag).toBe(true);
    expect(main.read('tags/running/feed.xml').match(/<entry>/g)).toHaveLength(4);
    expect(main.read('robots.txt')).toBe('User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n');
  });

  it('feed.xml and every tag feed validate against the RFC 4287 schema, sitemap.xml against sitemaps.org', () => {
    if (!canValidateXml()) return;
    const atomFiles = ['feed.xml', ...readdirSync(path.join(main.out, 'tags')).filter((t) => existsSync(path.join(main.out, 'tags', t, 'feed.xml'))).map((t) => `tags/${t}/feed.xml`)];
    expect(atomFiles.length).toBeGreaterThan(5);
    for (const file of atomFiles) expect(validateXml(main.read(file), { relaxng: 'atom.rng' }), file).toEqual({ ok: true, messages: '- validates\n' });
    expect(validateXml(main.read('sitemap.xml'), { xsd: 'sitemap.xsd' })).toEqual({ ok: true, messages: '- validates\n' });
  });

  it('the three feeds list the same posts, newest first, with the same permanent ids and full content', () => {
    const json = main.json();
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items).toHaveLength(16);
    expect(json.items[0]!.url).toBe('https://example.org/posts/three-days-on-the-fells/');
    expect(json.items[0]!.id).toBe('tag:example.org,2005:post/EdrSZ9r3Lj');
    expect(json.items[0]!.date_published).toBe('2026-04-11T00:00:00+01:00');
    expect(json.items[0]!.image).toBe('https://example.org/images/fells.png');
    expect(json.items[0]!.content_html).toContain('<img src="https://example.org/images/fells.png"');
    const ids = json.items.map((i) => i.id);
    expect(elementTexts(main.read('feed.xml'), 'id').slice(1)).toEqual(ids);
    expect(elementTexts(main.read('rss.xml'), 'guid')).toEqual(ids);
    expect(main.read('rss.xml')).toContain('<pubDate>Sat, 11 Apr 2026 00:00:00 +0100</pubDate>');
  });

  it('the sitemap lists posts, pages and listings, not the 404 page or redirect pages', () => {
    const locs = elementTexts(main.read('sitemap.xml'), 'loc');
    expect(locs).toEqual(expect.arrayContaining([
      'https://example.org/',
      'https://example.org/page/2/',
      'https://example.org/archive/',
      'https://example.org/tags/',
      'https://example.org/tags/notes/page/2/',
      'https://example.org/authors/ada/',
      'https://example.org/about/',
      'https://example.org/posts/caf%C3%A9-cr%C3%A8me/',
    ]));
    expect(locs.filter((l) => l.includes('/posts/'))).toHaveLength(16);
    expect(locs.some((l) => l.includes('404') || l.includes('/p/'))).toBe(false);
    expect(new Set(locs).size).toBe(locs.length);
    expect(main.read('sitemap.xml')).toContain('<loc>https://example.org/posts/raised-beds-on-a-budget/</loc><lastmod>2024-05-12</lastmod>');
  });

  it('an entry keeps its id when the post\'s title and slug change', () => {
    const file = path.join(site, nightTrain);
    const original = readFileSync(file, 'utf8');
    try {
      // Without an `id:` in the front matter the id derives from the file path.
      writeFileSync(file, original.replace(/^id: .*\n/m, ''));
      const before = build('id-before').json().items.find((i) => i.url.endsWith('/posts/night-train-to-vienna/'));
      writeFileSync(file, original.replace(/^id: .*\n/m, '').replace(/^title: .*$/m, 'title: Sleeper to Vienna\nslug: sleeper-to-vienna'));
      const afterBuild = build('id-after');
      const after = afterBuild.json().items.find((i) => i.url.endsWith('/posts/sleeper-to-vienna/'));
      expect(before?.id).toMatch(/^tag:example\.org,2005:post\/[A-Za-z0-9]{10}$/);
      expect(after?.title).toBe('Sleeper to Vienna');
      expect(after?.id).toBe(before?.id);
      expect(elementTexts(afterBuild.read('feed.xml'), 'id')).toContain(before?.id);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('feed.limit and feed.content: excerpt', () => {
    const config = path.join(site, 'quire.config.yaml');
    const original = readFileSync(config, 'utf8');
    try {
      writeFileSync(config, `${original}feed:\n  limit: 3\n  content: excerpt\n`);
      const small = build('excerpt');
      const json = small.json();
      expect(json.items).toHaveLength(3);
      expect(json.items[0]!.content_html).not.toContain('Day three');
      expect(small.read('feed.xml').match(/<entry>/g)).toHaveLength(3);
      expect(small.read('feed.xml')).not.toContain('<content');
      expect(small.read('rss.xml')).not.toContain('<content:encoded>');
      if (canValidateXml()) expect(validateXml(small.read('feed.xml'), { relaxng: 'atom.rng' }).ok).toBe(true);
    } finally {
      writeFileSync(config, original);
    }
  });

  it('under a base path every URL of the site in feeds, sitemap and robots.txt starts with it', () => {
    const base = 'https://someone.github.io/blog/';
    const blog = build('base-path', '--base-url', base);
    const json = blog.json();
    const own = [
      ...hrefs(blog.read('feed.xml')),
      ...elementTexts(blog.read('feed.xml'), 'id').slice(0, 1),
      ...hrefs(blog.read('rss.xml')),
      ...elementTexts(blog.read('rss.xml'), 'link'),
      json.home_page_url,
      json.feed_url,
      ...json.items.flatMap((i) => [i.url, ...(i.image ? [i.image] : [])]),
      ...elementTexts(blog.read('sitemap.xml'), 'loc'),
      ...hrefs(blog.read('tags/running/feed.xml')),
      blog.read('robots.txt').match(/^Sitemap: (.*)$/m)![1]!,
    ];
    expect(own.length).toBeGreaterThan(100);
    for (const url of own) expect(url.startsWith(base), url).toBe(true);
    // Links inside the content: every one on the site's host is under the base path, none is left relative.
    const texts = ['feed.xml', 'rss.xml', 'feed.json', 'sitemap.xml', 'robots.txt'].map((f) => decode(decode(blog.read(f))));
    const onHost = texts.flatMap((t) => [...t.matchAll(/https?:\/\/someone\.github\.io[^\s"'<>)]*/g)].map((m) => m[0]));
    expect(onHost.length).toBeGreaterThan(own.length);
    for (const url of onHost) expect(url.startsWith(base), url).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/(href|src)=\\?"(\/|#|\.)/);
    if (canValidateXml()) expect(validateXml(blog.read('feed.xml'), { relaxng: 'atom.rng' }).ok).toBe(true);
  });
});
