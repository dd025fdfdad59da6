import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/model/build-site.js';
import { paginate } from '../../../src/model/paginate.js';
import { docFrom, post, testConfig } from '../../helpers/docs.js';

describe('buildSite', () => {
  it('orders posts newest first, then by time, then by source path', () => {
    const docs = [
      post('b.md', { title: 'B', date: '2024-01-01' }),
      post('a.md', { title: 'A', date: '2024-01-01' }),
      post('c.md', { title: 'C', date: '2024-01-01T09:00:00Z' }),
      post('d.md', { title: 'D', date: '2023-12-31' }),
    ];
    const site = buildSite(docs, {}, testConfig(), []);
    expect(site.posts.map((p) => p.title)).toEqual(['C', 'A', 'B', 'D']);
    const reversed = buildSite([...docs].reverse(), {}, testConfig(), []);
    expect(reversed.posts.map((p) => p.title)).toEqual(['C', 'A', 'B', 'D']);
  });

  it('leaves out drafts, future and expired posts unless asked, and says why', () => {
    const docs = [
      post('draft.md', { title: 'Draft', date: '2025-01-01', draft: true }),
      post('future.md', { title: 'Future', date: '2027-01-01' }),
      post('expired.md', { title: 'Expired', date: '2025-01-01', expires: '2025-06-01' }),
      post('live.md', { title: 'Live', date: '2025-01-01' }),
    ];
    const site = buildSite(docs, {}, testConfig(), []);
    expect(site.posts.map((p) => p.title)).toEqual(['Live']);
    expect(site.excluded.map((e) => [e.title, e.reason])).toEqual([
      ['Draft', 'draft'],
      ['Expired', 'expired'],
      ['Future', 'future'],
    ]);
    const all = buildSite(docs, {}, testConfig({}, { drafts: true, future: true }), []);
    expect(all.posts.map((p) => p.title).sort()).toEqual(['Draft', 'Future', 'Live']);
  });

  it('expands permalink patterns with the date in the site time zone', () => {
    const config = testConfig({ permalink: '/:year/:month/:day/:slug/', timezone: 'Pacific/Kiritimati' });
    const doc = docFrom('posts/x.md', '---\ntitle: X\ndate: 2024-03-31T20:00:00Z\n---\n', config);
    const site = buildSite([doc], {}, config, []);
    expect(site.posts[0]?.url).toBe('/2024/04/01/x/');
    expect(site.posts[0]?.outputPath).toBe('2024/04/01/x/index.html');
  });

  it('gives pages URLs from their path', () => {
    const site = buildSite([docFrom('pages/about.md', '---\ntitle: About\n---\n'), docFrom('pages/docs/Setup Guide.md', '---\ntitle: S\n---\n')], {}, testConfig(), []);
    expect(site.pages.map((p) => p.url)).toEqual(['/about/', '/docs/setup-guide/']);
  });

  it('groups tags by slug and counts posts', () => {
    const site = buildSite(
      [post('a.md', { title: 'A', date: '2024-01-01', tags: ['Node.js', 'web'] }), post('b.md', { title: 'B', date: '2024-01-02', tags: 'node-js, Web' as never })],
      {},
      testConfig(),
      [],
    );
    expect(site.tags.map((t) => [t.slug, t.posts.length])).toEqual([
      ['node-js', 2],
      ['web', 2],
    ]);
  });

  it('resolves authors from data/authors.yaml by key, else uses the plain name', () => {
    const data = { authors: { ada: { name: 'Ada L', bio: 'Writes.' } } };
    const site = buildSite(
      [post('a.md', { title: 'A', date: '2024-01-01', author: 'ada' }), post('b.md', { title: 'B', date: '2024-01-02', author: 'Grace Hopper' })],
      data,
      testConfig(),
      [],
    );
    expect(site.posts.map((p) => [p.author?.name, p.author?.url])).toEqual([
      ['Grace Hopper', '/authors/grace-hopper/'],
      ['Ada L', '/authors/ada/'],
    ]);
  });
});

describe('paginate', () => {
  test.prop([fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 30 })])(
    'every item appears exactly once, in order, across the pages',
    (items, perPage) => {
      const pages = paginate(items, perPage, '/');
      expect(pages.flatMap((p) => p.items)).toEqual(items);
      expect(pages.every((p) => p.items.length <= perPage)).toBe(true);
      expect(pages[0]?.url).toBe('/');
      pages.slice(1).forEach((p, i) => expect(p.url).toBe(`/page/${i + 2}/`));
    },
  );
});
