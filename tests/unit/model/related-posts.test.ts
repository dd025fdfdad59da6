import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/model/build-site.js';
import { post, testConfig } from '../../helpers/docs.js';

describe('related posts', () => {
  const site = buildSite(
    [
      post('a.md', { title: 'A', date: '2024-01-10', tags: ['x', 'y', 'z'] }),
      post('b.md', { title: 'B', date: '2024-01-01', tags: ['x', 'y'] }),
      post('c.md', { title: 'C', date: '2024-01-09', tags: ['x'] }),
      post('d.md', { title: 'D', date: '2023-01-01', tags: ['x'] }),
      post('e.md', { title: 'E', date: '2024-01-11', tags: ['q'] }),
    ],
    {},
    testConfig(),
    [],
  );
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
