import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const title = `</title><script>alert("title")</script> & "quotes" 'apos' ]]> <![CDATA[ x`;
const description = `"><img src=x onerror=alert('description')> & </script>`;
const tag = `<b onmouseover=alert(1)>tag</b> & co`;
const author = `<i>Eve</i> "the" & 'hacker'`;
const image = `/images/a.png" onerror="alert('image')`;

/** Every HTML file under `dir`, relative paths. */
function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
}

describe('front-matter values in pages and feeds', () => {
  const temp = makeTempDir();
  const site = path.join(temp.dir, 'site');
  const out = path.join(temp.dir, 'out');
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
  beforeAll(() => {
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    const yaml = (value: string) => JSON.stringify(value);
    writeFileSync(
      path.join(site, 'posts/2024-07-01-hostile.md'),
      `---\ntitle: ${yaml(title)}\ndescription: ${yaml(description)}\ntags: [${yaml(tag)}]\nauthor: ${yaml(author)}\nimage: ${yaml(image)}\n---\nBody.\n`,
    );
    const result = runCli(['build', site, '--out', out, '--now', '2025-01-01T00:00:00Z']);
    expect(result.status, result.stderr).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('are escaped in every page: no element, attribute or script comes from them', () => {
    for (const file of htmlFiles(out)) {
      const root = parse(read(file), { comment: false });
      const scripts = root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts, file).toHaveLength(0);
      expect(root.querySelectorAll('b, i, img[src="x"]'), file).toHaveLength(0);
      for (const element of root.querySelectorAll('*')) {
        expect(Object.keys(element.attributes).filter((name) => name.toLowerCase().startsWith('on')), file).toEqual([]);
      }
    }
  });

  it('read back as written in the post page: title, meta description, tag, author and JSON-LD', () => {
    const root = parse(read('posts/hostile/index.html'));
    expect(root.querySelector('h1')?.text).toBe(title);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(description);
    expect(root.querySelector('.byline__author a')?.text).toBe(author);
    expect(root.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe("http://localhost/images/a.png%22%20onerror%3D%22alert('image')");
    expect(root.querySelectorAll('a').map((a) => a.text)).toContain(tag);
    const jsonLd = root.querySelector('script[type="application/ld+json"]')!;
    expect(jsonLd.innerHTML).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(jsonLd.innerHTML).headline).toBe(title);
  });

  it('are escaped in the Atom and RSS feeds, which stay well-formed XML', () => {
    for (const file of ['feed.xml', 'rss.xml', 'sitemap.xml', ...readdirSync(path.join(out, 'tags'), { recursive: true }).map((f) => `tags/${f}`).filter((f) => f.endsWith('.xml'))]) {
      const xml = read(file);
      expect(xml, file).not.toMatch(/<script|<img|<b |<i>/);
      const check = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
      if (!check.error) expect(check.status, `${file}: ${check.stderr}`).toBe(0);
    }
    expect(read('feed.xml')).toContain('&lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;apos&apos; ]]&gt; &lt;![CDATA[ x');
  });

  it('read back as written in the JSON feed', () => {
    const feed = JSON.parse(read('feed.json')) as { items: { title: string; summary?: string; tags?: string[] }[] };
    expect(feed.items[0]?.title).toBe(title);
  });
});
