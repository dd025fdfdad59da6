import type { SiteDate } from '../parse/dates.js';
import type { ExclusionReason, Site } from '../model/types.js';

/** Where a post stands for a normal build: published, or left out and why. */
export type PostState = 'published' | ExclusionReason;

/** Which posts `quire list` shows: `left-out` (the default) is every post a normal build leaves out. */
export type PostFilter = 'left-out' | 'drafts' | 'future' | 'expired' | 'all';

export interface ListedPost {
  readonly state: PostState;
  /** Site-relative source path, e.g. `posts/2026/2026-11-02-winter-soups.md`. */
  readonly sourcePath: string;
  readonly title: string;
  readonly date: SiteDate | undefined;
}

const statesOf: Record<PostFilter, readonly PostState[]> = {
  'left-out': ['draft', 'future', 'expired'],
  drafts: ['draft'],
  future: ['future'],
  expired: ['expired'],
  all: ['published', 'draft', 'future', 'expired'],
};

/**
 * The posts of a site model that match `filter`, oldest first (what is due next comes first among
 * future posts); same instant, or no date: by source path, so the order never depends on the disk.
 */
export function selectPosts(site: Pick<Site, 'posts' | 'excluded'>, filter: PostFilter): ListedPost[] {
  const all: ListedPost[] = [
    ...site.posts.map((p) => ({ state: 'published' as const, sourcePath: p.sourcePath, title: p.title, date: p.date })),
    ...site.excluded.map((e) => ({ state: e.reason, sourcePath: e.sourcePath, title: e.title, date: e.date })),
  ];
  const wanted = statesOf[filter];
  return all.filter((p) => wanted.includes(p.state)).sort(compareOldestFirst);
}

function compareOldestFirst(a: ListedPost, b: ListedPost): number {
  const aMs = a.date?.ms ?? Infinity;
  const bMs = b.date?.ms ?? Infinity;
  if (aMs !== bMs) return aMs < bMs ? -1 : 1;
  return a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0;
}
