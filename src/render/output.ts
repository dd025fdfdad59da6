import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { SiteDate } from '../parse/dates.js';
import type { RenderScope } from './render-scope.js';

/** What goes into one output file: rendered text, or a file copied as is. */
export type OutputContent = { readonly text: string } | { readonly copyFrom: string };

/**
 * One file of the finished site, planned before it is produced. `inputs` names every source, template
 * and collection it was made from: together they form the build's dependency graph. Fingerprinting
 * and producing receive the scope of the build that runs them, which need not be the one that planned
 * the file (a watch rebuild that changed only Markdown bodies keeps the previous plan).
 */
export interface PlannedOutput {
  /** Path inside the output folder, `/`-separated, e.g. `posts/hello/index.html`. */
  readonly outputPath: string;
  /** The input that asked for this file, named in messages (e.g. a duplicate URL). */
  readonly source: string;
  readonly at?: SourcePosition;
  readonly inputs: readonly string[];
  /** A file copied as is (static files, theme assets): always checked by its cheap fingerprint. */
  readonly copy?: boolean;
  /**
   * Source path of the post or page whose whole Markdown producing this file renders (its own page): a
   * build may render that body ahead, on another thread.
   */
  readonly renders?: string;
  /** Set on pages a reader can land on (not redirects or the 404 page): they go in the sitemap. */
  readonly sitemap?: (scope: RenderScope) => { readonly lastmod: SiteDate | undefined };
  /**
   * A hash of everything the file is made from, computed without rendering it; when it equals the
   * fingerprint of the file already written, an incremental build skips it. Undefined: always produce.
   */
  readonly fingerprint: (scope: RenderScope) => string | undefined;
  /** Produces the content; undefined when it failed (a diagnostic says why). */
  readonly produce: (scope: RenderScope) => OutputContent | undefined;
}

/** Names of inputs that are not files. */
export const collectionInputs = {
  /** The list of published posts with their titles, dates, URLs and tags. */
  posts: 'collection:posts',
  config: 'config',
  data: 'data',
} as const;
