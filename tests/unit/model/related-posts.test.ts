import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildSite, relatedPicksOf, type RelatedPicks } from '../../../src/model/build-site.js';
import { findRelatedPosts } from '../../../src/model/related-posts.js';
import type { Post } from '../../../src/model/types.js';
import { post, testConfig } from '../../helpers/docs.js';

const docs = [
  post('a.md', { title: 'A', date: '2024-01-10', tags: ['x', 'y', 'z'] }),
  post('b.md', { title: 'B', date: '2024-01-01', tags: ['x', 'y'] }),
  post('c.md', { title: 'C', date: '2024-01-09', tags: ['x'] }),
  post('d.md', { title: 'D', date: '2023-01-01', tags: ['x'] }),
  post('e.md', { title: 'E', date: '2024-01-11', tags: ['q'] }),
];

describe('related posts', () => {
  const site = buildSite(docs, {}, testConfig(), []);
  const related = (source: string) => site.related.get(`posts/${source}`)?.map((p) => p.title);

  it('puts most shared tags first, then nearest in date', () => {
    expect(related('a.md')).toEqual(['B', 'C', 'D']);
  });

  it('fills with the posts nearest in date when too few share a tag', () => {
    expect(related('e.md')).toEqual(['A', 'C', 'B']);
  });

  it('never lists the post itself and gives at most three', () => {
    for (const p of site.posts) {
      const list = site.related.get(p.sourcePath) ?? [];
      expect(list.length).toBeLessThanOrEqual(3);
      expect(list).not.toContain(p);
    }
  });
});

describe('related posts kept by a cache', () => {
  const titles = (site: ReturnType<typeof buildSite>) => site.posts.map((p) => (site.related.get(p.sourcePath) ?? []).map((r) => r.title).join(''));
  const fresh = buildSite(docs, {}, testConfig(), []);
  const kept = relatedPicksOf(fresh)!;
  // Picks that differ from what the posts give, to tell taken picks from picked ones.
  const reversed: RelatedPicks = { key: kept.key, picks: kept.picks.map((list) => [...list].reverse()) };

  it("keeps each post's picks by its place in the newest-first list", () => {
    expect(kept.picks).toHaveLength(5);
    expect(kept.picks[fresh.posts.findIndex((p) => p.title === 'A')]!.map((i) => fresh.posts[i]!.title)).toEqual(['B', 'C', 'D']);
  });

  it('are taken when the posts have the same places, dates and tags', () => {
    const site = buildSite(docs, {}, testConfig(), [], undefined, reversed);
    expect(titles(site)).toEqual(titles(fresh).map((t) => [...t].reverse().join('')));
  });

  it('are picked again when a tag, a date or a post differs, or when a pick is out of range', () => {
    const retagged = docs.map((d) => (d.path === 'posts/d.md' ? post('d.md', { title: 'D', date: '2023-01-01', tags: ['y'] }) : d));
    const redated = docs.map((d) => (d.path === 'posts/c.md' ? post('c.md', { title: 'C', date: '2020-01-09', tags: ['x'] }) : d));
    for (const changed of [retagged, redated, docs.slice(1)]) {
      const site = buildSite(changed, {}, testConfig(), [], undefined, reversed);
      expect(titles(site)).toEqual(titles(buildSite(changed, {}, testConfig(), [])));
    }
    const damaged: RelatedPicks = { key: kept.key, picks: kept.picks.map((list, at) => (at === 0 ? [99] : list)) };
    expect(titles(buildSite(docs, {}, testConfig(), [], undefined, damaged))).toEqual(titles(fresh));
  });
});

describe('related posts on any site', () => {
  /** Every other post sharing a tag, by most shared tags, then nearest in date, then path; filled by nearest in date. */
  const reference = (posts: readonly Post[], limit: number) =>
    new Map(
      posts.map((post, index) => {
        const own = new Set(post.tags.map((t) => t.slug));
        const shared = (other: Post) => new Set(other.tags.map((t) => t.slug).filter((slug) => own.has(slug))).size;
        const distance = (other: Post) => Math.abs(other.date.ms - post.date.ms);
        const picked = posts
          .filter((other) => other !== post && shared(other) > 0)
          .sort((a, b) => shared(b) - shared(a) || distance(a) - distance(b) || (a.sourcePath < b.sourcePath ? -1 : 1))
          .slice(0, limit);
        for (let step = 1; picked.length < limit && step < posts.length; step++) {
          const near = [posts[index - step], posts[index + step]].filter((p): p is Post => p !== undefined && !picked.includes(p));
          near.sort((a, b) => distance(a) - distance(b) || (a.sourcePath < b.sourcePath ? -1 : 1));
          for (const p of near) if (picked.length < limit) picked.push(p);
        }
        return [post.sourcePath, picked.map((p) => p.sourcePath)];
      }),
    );
  // Few dates and tags, so that ties are many; up to 6 tags, more than the sets the index holds.
  const sites = fc.array(
    fc.record({ day: fc.integer({ min: 1, max: 9 }), tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 6 }) }),
    { minLength: 1, maxLength: 40 },
  );
  test.prop([sites, fc.integer({ min: 1, max: 5 })], { numRuns: 300 })('are the posts a comparison of every pair picks', (specs, limit) => {
    const docs = specs.map((spec, i) => post(`p${String(i).padStart(2, '0')}.md`, { title: `P${i}`, date: `2024-01-0${spec.day}`, tags: spec.tags }));
    const site = buildSite(docs, {}, testConfig(), []);
    const found = findRelatedPosts(site.posts, limit);
    const expected = reference(site.posts, limit);
    for (const p of site.posts) expect(found.get(p.sourcePath)!.map((r) => r.sourcePath), p.sourcePath).toEqual(expected.get(p.sourcePath));
  });
});
