import type { ResolvedConfig } from '../config/types.js';
import type { Heading } from '../parse/markdown.js';
import { encodeSitePath } from '../model/permalink.js';
import { pageUrl, type PageSlice } from '../model/paginate.js';
import type { Author, Entry, Post, Site, TagRef } from '../model/types.js';
import { feedPaths, tagFeedPath } from './feeds/feed-paths.js';

/**
 * Plain-data views of the model that templates receive. Every URL in a view is ready for an href: base
 * path included and percent-encoded. Dates are ISO strings (`2025-09-17` for calendar dates).
 */

/** What rendering a post's Markdown produced, kept for listings (not the full HTML). */
export interface ContentSummary {
  readonly excerpt: string;
  /** Front-matter description, else the excerpt's plain text cut at a word boundary. */
  readonly description: string;
  readonly readingTime: number;
  readonly wordCount: number;
  readonly headings: readonly Heading[];
}

export interface Linker {
  /** Site path -> href (base path, percent-encoding). */
  readonly href: (sitePath: string) => string;
  /** Site path -> absolute URL. */
  readonly absolute: (sitePath: string) => string;
}

const linkers = new Map<string, Linker>();

/** The linker of a base URL and path, made once: hrefs are encoded once per process, not per build. */
export function linkerFor(config: Pick<ResolvedConfig, 'basePath' | 'baseUrl'>): Linker {
  const key = `${config.basePath}\n${config.baseUrl}`;
  let linker = linkers.get(key);
  if (!linker) {
    // Only the latest few are kept: a watch session whose base URL keeps changing does not grow.
    if (linkers.size >= 4) linkers.clear();
    linker = createLinker(config);
    linkers.set(key, linker);
  }
  return linker;
}

export function createLinker(config: Pick<ResolvedConfig, 'basePath' | 'baseUrl'>): Linker {
  // Every page links to the same few thousand paths: encode and resolve each once.
  const hrefs = new Map<string, string>();
  const href = (sitePath: string) => {
    let value = hrefs.get(sitePath);
    if (value === undefined) {
      value = config.basePath + encodeSitePath(sitePath.replace(/^\/+/, ''));
      hrefs.set(sitePath, value);
    }
    return value;
  };
  const absolutes = new Map<string, string>();
  const absolute = (sitePath: string) => {
    let value = absolutes.get(sitePath);
    if (value === undefined) {
      value = new URL(href(sitePath), config.baseUrl).href;
      absolutes.set(sitePath, value);
    }
    return value;
  };
  return { href, absolute };
}

export function siteView(site: Site, link: Linker) {
  const { config } = site;
  return {
    title: config.title,
    description: config.description,
    baseUrl: config.baseUrl,
    basePath: config.basePath,
    url: config.baseUrl,
    language: config.language,
    timezone: config.timezone,
    author: config.author,
    postCount: site.posts.length,
    home: link.href('/'),
    archive: link.href('/archive/'),
    tagsIndex: link.href('/tags/'),
    stylesheet: link.href('/assets/style.css'),
    /** hrefs of the site's feeds, for `<link rel="alternate">` in `<head>`. */
    feeds: { atom: link.href(feedPaths.atom), rss: link.href(feedPaths.rss), json: link.href(feedPaths.json) },
    params: config.extra,
  };
}

export function tagView(tag: TagRef, link: Linker, count?: number) {
  return {
    name: tag.name,
    slug: tag.slug,
    url: link.href(tag.url),
    /** href of the tag's Atom feed. */
    feed: link.href(tagFeedPath(tag)),
    ...(count === undefined ? {} : { count }),
  };
}

export function authorView(author: Author | undefined, link: Linker) {
  if (!author) return undefined;
  return {
    id: author.id,
    name: author.name,
    bio: author.bio,
    website: author.website,
    avatar: author.avatar && author.avatar.startsWith('/') ? link.href(author.avatar) : author.avatar,
    url: link.href(author.url),
  };
}

/**
 * Tag and author views as posts show them, one per tag and author and linker rather than one per post:
 * a large site's listings and links show the same few hundred of them hundreds of thousands of times.
 */
const sharedViews = new WeakMap<Linker, { readonly tags: WeakMap<TagRef, TagView>; readonly authors: WeakMap<Author, AuthorView> }>();

/** The value `map` holds for `key`, made by `make` and kept the first time it is asked for. */
export function keptIn<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const sharedViewsOf = (link: Linker) => keptIn(sharedViews, link, () => ({ tags: new WeakMap(), authors: new WeakMap() }));

/** By reference: every post with a tag holds the same one (see toTagRef). */
const postTagView = (tag: TagRef, link: Linker): TagView => keptIn(sharedViewsOf(link).tags, tag, () => tagView(tag, link));

const postAuthorView = (author: Author | undefined, link: Linker): AuthorView | undefined =>
  author && keptIn(sharedViewsOf(link).authors, author, () => authorView(author, link)!);

type TagView = ReturnType<typeof tagView>;
type AuthorView = NonNullable<ReturnType<typeof authorView>>;

/** A post or page as listings show it: no body, but its excerpt and reading time when known. */
export function entryView(entry: Entry, link: Linker, summary: ContentSummary | undefined) {
  return {
    ...entry.extra,
    kind: entry.kind,
    id: entry.id,
    title: entry.title,
    slug: entry.slug,
    url: link.href(entry.url),
    permalink: link.absolute(entry.url),
    sourcePath: entry.sourcePath,
    date: entry.date?.iso,
    updated: entry.updated?.iso,
    author: postAuthorView(entry.author, link),
    tags: entry.tags.map((t) => postTagView(t, link)),
    description: summary?.description ?? entry.description,
    image: entry.image && entry.image.startsWith('/') ? link.href(entry.image) : entry.image,
    draft: entry.draft,
    excerpt: summary?.excerpt,
    readingTime: summary?.readingTime,
    wordCount: summary?.wordCount,
  };
}

export type EntryView = ReturnType<typeof entryView>;

export function paginationView<T>(slice: PageSlice<T>, perPage: number, count: number, link: Linker, base: string) {
  const at = (n: number) => link.href(pageUrl(base, n));
  return {
    page: slice.number,
    pages: slice.total,
    perPage,
    total: count,
    url: link.href(slice.url),
    prev: slice.number > 1 ? at(slice.number - 1) : undefined,
    next: slice.number < slice.total ? at(slice.number + 1) : undefined,
    first: at(1),
    last: at(slice.total),
    // Made only for a template that reads it: a link per page on every page is quadratic in the posts.
    get links() {
      const links = Array.from({ length: slice.total }, (_, i) => ({ number: i + 1, url: at(i + 1), current: i + 1 === slice.number }));
      Object.defineProperty(this, 'links', { value: links, enumerable: true });
      return links;
    },
  };
}

/** Posts grouped by year, newest year first, for the archive. */
export function groupByYear(posts: readonly Post[], views: (post: Post) => EntryView) {
  const years: { year: string; posts: EntryView[] }[] = [];
  for (const post of posts) {
    const year = post.date.iso.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) last.posts.push(views(post));
    else years.push({ year, posts: [views(post)] });
  }
  return years;
}
