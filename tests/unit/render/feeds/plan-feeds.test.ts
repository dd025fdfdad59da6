import { describe, expect, it } from 'vitest';
import type { UserConfig } from '../../../../src/config/types.js';
import type { Diagnostic } from '../../../../src/diagnostics/diagnostic.js';
import { buildSite } from '../../../../src/model/build-site.js';
import { createMarkdownRenderer } from '../../../../src/parse/markdown.js';
import { compileTheme } from '../../../../src/render/compile-theme.js';
import { planEntryPages } from '../../../../src/render/plan-entries.js';
import { planFeeds } from '../../../../src/render/plan-feeds.js';
import { planListingPages } from '../../../../src/render/plan-listings.js';
import { sitemapUrls } from '../../../../src/render/plan-sitemap.js';
import { createRenderScope, type RenderScope } from '../../../../src/render/render-scope.js';
import type { ThemeFile } from '../../../../src/source/types.js';
import { docFrom, testConfig } from '../../../helpers/docs.js';

const layout = (name: string, text: string): ThemeFile => ({ name: `layouts/${name}.hbs`, path: `templates/layouts/${name}.hbs`, absPath: `/t/${name}.hbs`, text, origin: 'site' });

/** A render scope of posts made from `[file, front matter, body]`, with a one-line theme. */
function scopeOf(posts: [string, string, string][], user: UserConfig = {}): RenderScope {
  const config = testConfig({ baseUrl: 'https://someone.github.io/blog/', timezone: 'Europe/London', ...user });
  const docs = posts.map(([file, fields, body]) => docFrom(`posts/${file}`, `---\n${fields}\n---\n${body}\n`, config));
  const diagnostics: Diagnostic[] = [];
  const theme = compileTheme([layout('post', '{{{post.content}}}'), layout('page', '{{{page.content}}}')], config, diagnostics);
  const site = buildSite(docs, {}, config, diagnostics);
  expect(diagnostics).toEqual([]);
  return createRenderScope(site, theme, createMarkdownRenderer(), diagnostics);
}

const body = '## Heading\n\nSee [the other post](../two/), [a section](#heading) and ![a kettle](/images/kettle.svg).\n\n<!-- more -->\n\nThe rest.';

function producedText(scope: RenderScope, outputPath: string): string {
  const output = planFeeds(scope, new Set()).find((o) => o.outputPath === outputPath);
  const content = output?.produce(scope);
  if (!content || !('text' in content)) throw new Error(`no ${outputPath}`);
  return content.text;
}

describe('planFeeds', () => {
  it('plans the three site feeds and one Atom feed per tag, inputs naming the posts they show', () => {
    const scope = scopeOf([
      ['one.md', 'title: One\ndate: 2025-01-02\ntags: [A tag]', body],
      ['two.md', 'title: Two\ndate: 2025-01-01', body],
    ]);
    const planned = planFeeds(scope, new Set());
    expect(planned.map((o) => o.outputPath)).toEqual(['feed.xml', 'rss.xml', 'feed.json', 'tags/a-tag/feed.xml']);
    expect(planned[0]!.inputs).toEqual(expect.arrayContaining(['collection:posts', 'config', 'posts/one.md', 'posts/two.md']));
    expect(planned[3]!.inputs).toContain('posts/one.md');
    expect(planned[3]!.inputs).not.toContain('posts/two.md');
  });

  it('a file of the same path in static/ takes the place of a feed', () => {
    const scope = scopeOf([['one.md', 'title: One\ndate: 2025-01-02', body]]);
    expect(planFeeds(scope, new Set(['feed.xml'])).map((o) => o.outputPath)).toEqual(['rss.xml', 'feed.json']);
  });

  it('feed content has absolute links under the base path and no heading permalinks', () => {
    const scope = scopeOf([['one.md', 'title: One\ndate: 2025-01-02', body]]);
    for (const output of planEntryPages(scope)) output.produce(scope);
    const item = JSON.parse(producedText(scope, 'feed.json')).items[0];
    expect(item.url).toBe('https://someone.github.io/blog/posts/one/');
    expect(item.content_html).toContain('href="https://someone.github.io/blog/posts/two/"');
    expect(item.content_html).toContain('href="https://someone.github.io/blog/posts/one/#heading"');
    expect(item.content_html).toContain('src="https://someone.github.io/blog/images/kettle.svg"');
    expect(item.content_html).toContain('The rest.');
    expect(item.content_html).not.toContain('header-anchor');
    expect(item.date_published).toBe('2025-01-02T00:00:00+00:00');
  });

  it('renders the content itself when the post page was not produced in this run', () => {
    const scope = scopeOf([['one.md', 'title: One\ndate: 2025-01-02\ndescription: About one.', body]]);
    const item = JSON.parse(producedText(scope, 'feed.json')).items[0];
    expect(item.content_html).toContain('The rest.');
    expect(item.summary).toBe('About one.');
  });

  it('excerpt mode: the excerpt only, in every format', () => {
    const scope = scopeOf([['one.md', 'title: One\ndate: 2025-01-02', body]], { feed: { content: 'excerpt' } });
    for (const output of planEntryPages(scope)) output.produce(scope);
    expect(scope.feedContent.kept().size).toBe(0);
    expect(JSON.parse(producedText(scope, 'feed.json')).items[0].content_html).not.toContain('The rest.');
    expect(producedText(scope, 'feed.xml')).not.toContain('<content');
    expect(producedText(scope, 'rss.xml')).not.toContain('content:encoded>');
  });

  it('keeps the HTML of the newest feed.limit posts overall and per tag only, and lists that many', () => {
    const posts: [string, string, string][] = Array.from({ length: 30 }, (_, i) => [
      `p${String(i).padStart(2, '0')}.md`,
      `title: Post ${i}\ndate: 2025-01-${String(i + 1).padStart(2, '0')}\ntags: [${i % 3 === 0 ? 'rare' : 'common'}]`,
      `Text ${i}.`,
    ]);
    const scope = scopeOf(posts, { feed: { limit: 4 } });
    for (const output of planEntryPages(scope)) output.produce(scope);
    // Newest 4 overall (29, 28, 27, 26), of "common" (the same four but 27) plus 25, of "rare" (27, 24, 21, 18).
    const kept = ['p18.md', 'p21.md', 'p24.md', 'p25.md', 'p26.md', 'p27.md', 'p28.md', 'p29.md'];
    const html = scope.feedContent.kept();
    expect([...html.keys()].sort()).toEqual(kept.map((file) => `posts/${file}`));
    for (const file of kept) expect(html.get(`posts/${file}`)?.html.toString()).toMatch(/^<p>Text \d+\.<\/p>/);
    expect(JSON.parse(producedText(scope, 'feed.json')).items.map((i: { title: string }) => i.title)).toEqual(['Post 29', 'Post 28', 'Post 27', 'Post 26']);
    expect(producedText(scope, 'tags/rare/feed.xml').match(/<entry>/g)).toHaveLength(4);
  });
});

describe('sitemapUrls', () => {
  it('lists posts, pages and listings with their pages; lastmod is the newest change shown', () => {
    const scope = scopeOf(
      [
        ['a.md', 'title: A\ndate: 2025-01-03\ntags: [x]', 'a'],
        ['b.md', 'title: B\ndate: 2025-01-02\nupdated: 2025-02-01T10:00:00Z\ntags: [x]', 'b'],
        ['c.md', 'title: C\ndate: 2025-01-01\nauthor: Ada', 'c'],
      ],
      { perPage: 2 },
    );
    const pages = [...planEntryPages(scope), ...planListingPages(scope)];
    expect(sitemapUrls(scope, pages)).toEqual([
      { loc: 'https://someone.github.io/blog/posts/a/', lastmod: '2025-01-03' },
      { loc: 'https://someone.github.io/blog/posts/b/', lastmod: '2025-02-01T10:00:00+00:00' },
      { loc: 'https://someone.github.io/blog/posts/c/', lastmod: '2025-01-01' },
      { loc: 'https://someone.github.io/blog/', lastmod: '2025-02-01T10:00:00+00:00' },
      { loc: 'https://someone.github.io/blog/page/2/', lastmod: '2025-01-01' },
      { loc: 'https://someone.github.io/blog/archive/', lastmod: '2025-02-01T10:00:00+00:00' },
      { loc: 'https://someone.github.io/blog/tags/', lastmod: '2025-02-01T10:00:00+00:00' },
      { loc: 'https://someone.github.io/blog/tags/x/', lastmod: '2025-02-01T10:00:00+00:00' },
      { loc: 'https://someone.github.io/blog/authors/ada/', lastmod: '2025-01-01' },
    ]);
    // Not the 404 page, not redirect pages.
    expect(sitemapUrls(scope, pages).some((u) => u.loc.endsWith('404.html'))).toBe(false);
  });
});
