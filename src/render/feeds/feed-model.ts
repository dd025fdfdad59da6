import type { ResolvedConfig } from '../../config/types.js';
import type { Author, Post } from '../../model/types.js';
import type { SiteDate } from '../../parse/dates.js';
import type { Linker } from '../views.js';
import { absolutizeHtml, removeHeaderAnchors, resolveUrl } from './absolutize-html.js';
import { feedEntryId } from './entry-id.js';
import { latestDate } from './feed-dates.js';

/**
 * One feed as plain data, the same for Atom, RSS and JSON Feed: every URL absolute, every HTML fragment
 * with absolute links. The renderers only format it.
 */
export interface Feed {
  readonly title: string;
  readonly description: string;
  /** BCP 47 language tag of the site. */
  readonly language: string;
  /** IANA zone the dates are written in. */
  readonly timezone: string;
  /** Absolute URL of the HTML page the feed mirrors (home page, tag page). */
  readonly homeUrl: string;
  /** Absolute URLs of this feed in each format it is written in. */
  readonly selfUrls: { readonly atom?: string; readonly rss?: string; readonly json?: string };
  /** Author of entries that have none. */
  readonly author: FeedAuthor;
  /** Newest `updated` (else `date`) of the items; undefined for a feed without items. */
  readonly updated: SiteDate | undefined;
  readonly items: readonly FeedItem[];
}

export interface FeedAuthor {
  readonly name: string;
  /** The author's own website, absolute, when there is one. */
  readonly url: string | undefined;
}

export interface FeedItem {
  /** Permanent id: see feedEntryId. */
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly published: SiteDate;
  readonly updated: SiteDate;
  readonly author: FeedAuthor | undefined;
  /** Tag names. */
  readonly tags: readonly string[];
  /** Plain text: the front-matter description, else the start of the excerpt. */
  readonly summary: string;
  /** The excerpt as HTML (absolute links). */
  readonly excerptHtml: string;
  /** The whole post as HTML (absolute links); undefined when the feeds carry excerpts only. */
  readonly contentHtml: string | undefined;
  /** Absolute URL of the post's image. */
  readonly image: string | undefined;
}

/** What rendering a post produced that a feed item shows. */
export interface FeedItemContent {
  readonly summary: string;
  readonly excerptHtml: string;
  /** Undefined in excerpt mode. */
  readonly html: string | undefined;
}

/** A feed item from a post: ids, absolute URLs, and content with links made absolute. */
export function createFeedItem(post: Post, content: FeedItemContent, config: ResolvedConfig, link: Linker): FeedItem {
  const url = link.absolute(post.url);
  const prepare = (html: string) => absolutizeHtml(removeHeaderAnchors(html), url);
  return {
    id: feedEntryId(config.baseUrl, post.id),
    url,
    title: post.title,
    published: post.date,
    updated: post.updated ?? post.date,
    author: post.author ? feedAuthor(post.author, link) : undefined,
    tags: post.tags.map((t) => t.name),
    summary: content.summary,
    excerptHtml: prepare(content.excerptHtml),
    contentHtml: content.html === undefined ? undefined : prepare(content.html),
    image: post.image === undefined ? undefined : absoluteImage(post.image, link),
  };
}

/** A feed of items, newest `updated` as the feed's. */
export function createFeed(fields: Omit<Feed, 'updated'>): Feed {
  return { ...fields, updated: latestDate(fields.items.map((item) => item.updated)) };
}

export function feedAuthor(author: Author, link: Linker): FeedAuthor {
  return { name: author.name, url: author.website ? resolveUrl(author.website, link.absolute('/')) : undefined };
}

/** Same rule as the page's `og:image`: a path without a scheme is a path of the site. */
function absoluteImage(image: string, link: Linker): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(image)) return image;
  return link.absolute(image.startsWith('/') ? image : `/${image}`);
}
