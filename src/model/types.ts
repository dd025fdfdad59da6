import type { ResolvedConfig } from '../config/types.js';
import type { SiteDate } from '../parse/dates.js';
import type { SourceDoc } from '../parse/source-doc.js';

export interface Author {
  /** Key in `data/authors.yaml`, or a slug of the name for authors not listed there. */
  readonly id: string;
  readonly name: string;
  readonly bio: string | undefined;
  /** The author's own website. */
  readonly website: string | undefined;
  readonly avatar: string | undefined;
  /** Site path of the author page, e.g. `/authors/ada/`. */
  readonly url: string;
}

export interface TagRef {
  readonly name: string;
  readonly slug: string;
  /** Site path of the tag page, e.g. `/tags/running/`. */
  readonly url: string;
}

/** A published post or page as listings and templates see it. Site paths exclude the base path. */
export interface Entry {
  readonly kind: 'post' | 'page';
  readonly sourcePath: string;
  /** Permanent short id: front-matter `id`, else derived from the source path. */
  readonly id: string;
  readonly slug: string;
  /** Site path, e.g. `/posts/hello/`. */
  readonly url: string;
  /** File written inside the output folder, e.g. `posts/hello/index.html`. */
  readonly outputPath: string;
  readonly title: string;
  readonly date: SiteDate | undefined;
  readonly updated: SiteDate | undefined;
  readonly author: Author | undefined;
  readonly tags: readonly TagRef[];
  readonly description: string | undefined;
  readonly image: string | undefined;
  readonly draft: boolean;
  readonly layout: string | undefined;
  readonly aliases: readonly string[];
  readonly extra: Readonly<Record<string, unknown>>;
  readonly doc: SourceDoc;
}

/** A post: an entry that always has a date. */
export interface Post extends Entry {
  readonly kind: 'post';
  readonly date: SiteDate;
}

export interface Tag extends TagRef {
  /** Newest first. */
  readonly posts: readonly Post[];
}

export interface AuthorListing {
  readonly author: Author;
  readonly posts: readonly Post[];
}

export type ExclusionReason = 'draft' | 'future' | 'expired';

export interface ExcludedPost {
  readonly sourcePath: string;
  readonly title: string;
  readonly date: SiteDate | undefined;
  readonly reason: ExclusionReason;
}

/** The one model of the site, built once per build from the parsed sources. */
export interface Site {
  readonly config: ResolvedConfig;
  /** Published posts, newest first (date, then time, then source path). */
  readonly posts: readonly Post[];
  readonly pages: readonly Entry[];
  /** Sorted by name. */
  readonly tags: readonly Tag[];
  readonly authors: readonly AuthorListing[];
  /** The config's `author`, resolved like a post's: the author of posts without one, and of feeds. */
  readonly defaultAuthor: Author | undefined;
  readonly excluded: readonly ExcludedPost[];
  /** Contents of `data/`: `data/authors.yaml` is `data.authors`. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Up to three related posts of each post, by source path. */
  readonly related: ReadonlyMap<string, readonly Post[]>;
  /** Every published post and page by source path. */
  readonly entries: ReadonlyMap<string, Entry>;
}
