import { DateTime } from 'luxon';
import type { SiteDate } from '../parse/dates.js';
import type { ListedPost, PostFilter } from '../list/select-posts.js';

/** A post's date for the list: `2026-11-02` for a calendar date, else `2026-11-27 14:05` in `timezone`. */
export function formatListDate(date: SiteDate | undefined, timezone: string): string {
  if (!date) return '-';
  if (date.dateOnly) return date.iso;
  return DateTime.fromMillis(date.ms, { zone: timezone }).toFormat('yyyy-MM-dd HH:mm');
}

const emptyMessages: Record<PostFilter, string> = {
  'left-out': 'No posts are left out of the build: no drafts, future or expired posts.',
  drafts: 'No drafts.',
  future: 'No posts dated in the future.',
  expired: 'No expired posts.',
  all: 'No posts.',
};

/**
 * The list as aligned columns under a header: state, date (in the site time zone, named in the
 * header), source path and title. One line saying so when there is no post.
 */
export function formatPostTable(posts: readonly ListedPost[], filter: PostFilter, timezone: string): string[] {
  if (posts.length === 0) return [emptyMessages[filter]];
  const rows = [
    ['STATE', `DATE (${timezone})`, 'SOURCE', 'TITLE'],
    ...posts.map((p) => [p.state, formatListDate(p.date, timezone), p.sourcePath, p.title]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  return rows.map((row) =>
    row.map((cell, column) => (column < 3 ? cell + ' '.repeat(widths[column]! - [...cell].length) : cell)).join('  '),
  );
}

/**
 * The list as JSON for scripts: `{ timezone, posts: [{ state, date, title, source }] }`, where `date` is
 * ISO 8601 in the site time zone (a calendar date stays `2026-11-02`) or null.
 */
export function formatPostJson(posts: readonly ListedPost[], timezone: string): string {
  const entries = posts.map((p) => ({ state: p.state, date: p.date?.iso ?? null, title: p.title, source: p.sourcePath }));
  return JSON.stringify({ timezone, posts: entries }, null, 2);
}
