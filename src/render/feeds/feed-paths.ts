import type { TagRef } from '../../model/types.js';

/** Site paths of the machine-readable files quire writes next to the pages. */
export const feedPaths = {
  atom: '/feed.xml',
  rss: '/rss.xml',
  json: '/feed.json',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
} as const;

/** Site path of a tag's Atom feed: `/tags/running/feed.xml`. */
export function tagFeedPath(tag: TagRef): string {
  return `${tag.url}feed.xml`;
}
