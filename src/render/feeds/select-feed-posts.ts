import type { Post, Site } from '../../model/types.js';

/**
 * The posts a feed lists: the newest `limit` (posts come newest first).
 */
export function newestPosts(posts: readonly Post[], limit: number): readonly Post[] {
  return posts.slice(0, limit);
}

/**
 * Source paths of the posts whose whole HTML the feeds show: the newest `feed.limit` posts of the site
 * and of each tag. Empty when feeds carry excerpts only. Rendering keeps the HTML of these posts alone,
 * so memory does not grow with the number of posts.
 */
export function selectFeedContentSources(site: Site): ReadonlySet<string> {
  const { limit, content } = site.config.feed;
  const sources = new Set<string>();
  if (content !== 'full') return sources;
  for (const post of newestPosts(site.posts, limit)) sources.add(post.sourcePath);
  for (const tag of site.tags) for (const post of newestPosts(tag.posts, limit)) sources.add(post.sourcePath);
  return sources;
}
