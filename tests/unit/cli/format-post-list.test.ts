import { describe, expect, it } from 'vitest';
import { formatListDate, formatPostJson, formatPostTable } from '../../../src/cli/format-post-list.js';
import type { ListedPost } from '../../../src/list/select-posts.js';
import { parseSiteDate, type SiteDate } from '../../../src/parse/dates.js';

function siteDate(text: string, zone = 'Europe/London'): SiteDate {
  const parsed = parseSiteDate(text, zone);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

const posts: ListedPost[] = [
  { state: 'draft', sourcePath: 'posts/2026/2026-11-02-winter-soups.md', title: 'Three winter soups', date: siteDate('2026-11-02') },
  { state: 'future', sourcePath: 'posts/b.md', title: 'Café crème', date: siteDate('2027-07-01T09:30:00+09:00') },
];

describe('formatListDate', () => {
  it('shows a calendar date as written, whatever the zone', () => {
    expect(formatListDate(siteDate('2026-11-02'), 'Pacific/Kiritimati')).toBe('2026-11-02');
  });
  it('shows a date-time in the site time zone, summer time included', () => {
    expect(formatListDate(siteDate('2027-01-10T09:00:00+09:00'), 'Europe/London')).toBe('2027-01-10 00:00');
    expect(formatListDate(siteDate('2027-07-01T09:30:00+09:00'), 'Europe/London')).toBe('2027-07-01 01:30');
    expect(formatListDate(siteDate('2027-07-01T09:30:00+09:00'), 'America/New_York')).toBe('2027-06-30 20:30');
  });
  it('shows a dash for no date', () => {
    expect(formatListDate(undefined, 'UTC')).toBe('-');
  });
});

describe('formatPostTable', () => {
  it('aligns state, date, source and title under a header naming the time zone', () => {
    expect(formatPostTable(posts, 'left-out', 'Europe/London')).toEqual([
      'STATE   DATE (Europe/London)  SOURCE                                 TITLE',
      'draft   2026-11-02            posts/2026/2026-11-02-winter-soups.md  Three winter soups',
      'future  2027-07-01 01:30      posts/b.md                             Café crème',
    ]);
  });
  it('says so in one line when no post matches', () => {
    expect(formatPostTable([], 'drafts', 'UTC')).toEqual(['No drafts.']);
    expect(formatPostTable([], 'left-out', 'UTC')[0]).toMatch(/^No posts are left out/);
  });
});

describe('formatPostJson', () => {
  it('gives state, ISO date in the site zone, title and source of each post', () => {
    expect(JSON.parse(formatPostJson(posts, 'Europe/London'))).toEqual({
      timezone: 'Europe/London',
      posts: [
        { state: 'draft', date: '2026-11-02', title: 'Three winter soups', source: 'posts/2026/2026-11-02-winter-soups.md' },
        { state: 'future', date: '2027-07-01T01:30:00+01:00', title: 'Café crème', source: 'posts/b.md' },
      ],
    });
  });
});
