import type { Site } from '../../model/types.js';
import { selectFeedContentSources } from './select-feed-posts.js';

/** The HTML of one post, with the version of its rendered content it was made from. */
export interface KeptHtml {
  readonly version: string;
  /** UTF-8: markdown-it builds HTML by concatenation, and V8 would keep the string as many pieces. */
  readonly html: Buffer;
}

/**
 * The whole HTML of the posts the feeds show in full, kept from the moment a post is rendered until the
 * feeds are, and from one watch rebuild to the next (a feed is then written again without rendering
 * its posts again). Only the selected posts are kept (see selectFeedContentSources), so memory does not
 * grow with the number of posts.
 */
export interface FeedContentStore {
  /** Keeps the HTML of a post when a feed shows it in full; ignores the rest. */
  readonly keep: (sourcePath: string, version: string, html: string) => void;
  /** The HTML of a post, if kept for this version of its content. */
  readonly get: (sourcePath: string, version: string) => string | undefined;
  /** What the next build can start from. */
  readonly kept: () => ReadonlyMap<string, KeptHtml>;
}

export function createFeedContentStore(site: Site, previous?: ReadonlyMap<string, KeptHtml>): FeedContentStore {
  const wanted = selectFeedContentSources(site);
  const kept = new Map<string, KeptHtml>();
  for (const [sourcePath, html] of previous ?? []) if (wanted.has(sourcePath)) kept.set(sourcePath, html);
  return {
    keep: (sourcePath, version, html) => {
      if (wanted.has(sourcePath)) kept.set(sourcePath, { version, html: Buffer.from(html, 'utf8') });
    },
    get: (sourcePath, version) => {
      const found = kept.get(sourcePath);
      return found?.version === version ? found.html.toString('utf8') : undefined;
    },
    kept: () => kept,
  };
}
