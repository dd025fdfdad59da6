import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/model/build-site.js';
import { selectPosts } from '../../../src/list/select-posts.js';
import { post, testConfig } from '../../helpers/docs.js';

// testConfig's "now" is 2026-01-01T00:00Z.
const docs = [
  post('live-b.md', { title: 'Live B', date: '2025-03-01' }),
  post('live-a.md', { title: 'Live A', date: '2025-03-01' }),
  post('draft.md', { title: 'Draft', date: '2025-06-01', draft: true }),
  post('future-late.md', { title: 'Later', date: '2027-01-01' }),
  post('future-soon.md', { title: 'Sooner', date: '2026-02-01T09:00:00Z' }),
  post('expired.md', { title: 'Expired', date: '2024-01-01', expires: '2025-01-01' }),
];
const site = buildSite(docs, {}, testConfig(), []);
const titles = (filter: Parameters<typeof selectPosts>[1]) => selectPosts(site, filter).map((p) => `${p.state} ${p.title}`);

describe('selectPosts', () => {
  it('lists every post a build leaves out, oldest first', () => {
    expect(titles('left-out')).toEqual(['expired Expired', 'draft Draft', 'future Sooner', 'future Later']);
  });

  it('narrows to one state', () => {
    expect(titles('drafts')).toEqual(['draft Draft']);
    expect(titles('future')).toEqual(['future Sooner', 'future Later']);
    expect(titles('expired')).toEqual(['expired Expired']);
  });

  it('lists all posts with published ones; same date: by source path, whatever the input order', () => {
    const expected = ['expired Expired', 'published Live A', 'published Live B', 'draft Draft', 'future Sooner', 'future Later'];
    expect(titles('all')).toEqual(expected);
    const reversed = buildSite([...docs].reverse(), {}, testConfig(), []);
    expect(selectPosts(reversed, 'all').map((p) => `${p.state} ${p.title}`)).toEqual(expected);
  });

  it('follows "now": a later now publishes the future posts and expires nothing new', () => {
    const later = buildSite(docs, {}, testConfig({}, { now: Date.UTC(2026, 5, 1) }), []);
    expect(selectPosts(later, 'future').map((p) => p.title)).toEqual(['Later']);
  });
});
