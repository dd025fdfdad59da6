import type { Site } from '../../model/types.js';
import { selectFeedContentSources } from './select-feed-posts.js';

/**
 * The whole HTML of the posts the feeds show in full, kept from the moment a post page is produced
 * until the feeds are. Only the selected posts are kept (see selectFeedContentSources), each as one
 * UTF-8 buffer: markdown-it builds its HTML by concatenation, and V8 would otherwise keep every
 * post's string as a tree of small pieces, several times the size of the text.
 */
export interface FeedContentStore {
  /** Keeps the HTML of a post when a feed shows it in full; ignores the rest. */
  readonly keep: (sourcePath: string, html: string) => void;
  readonly get: (sourcePath: string) => string | undefined;
  /** How many posts' HTML is kept. */
  readonly size: () => number;
}

export function createFeedContentStore(site: Site): FeedContentStore {
  const wanted = selectFeedContentSources(site);
  const kept = new Map<string, Buffer>();
  return {
    keep: (sourcePath, html) => {
      if (wanted.has(sourcePath)) kept.set(sourcePath, Buffer.from(html, 'utf8'));
    },
    get: (sourcePath) => kept.get(sourcePath)?.toString('utf8'),
    size: () => kept.size,
  };
}
