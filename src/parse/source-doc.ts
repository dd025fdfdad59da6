import type { KeyPosition } from './structured-data.js';
import type { SiteDate } from './dates.js';
import type { SourcePosition } from '../diagnostics/diagnostic.js';

/**
 * A post or page after its front matter has been read and checked: typed fields, positions for later
 * diagnostics, and the body. The site model is built from these.
 */
export interface SourceDoc {
  readonly kind: 'post' | 'page';
  /** Site-relative source path, e.g. `posts/2024/hello.md`. */
  readonly path: string;
  readonly title: string;
  readonly date: SiteDate | undefined;
  readonly updated: SiteDate | undefined;
  readonly expires: SiteDate | undefined;
  readonly author: string | undefined;
  readonly tags: readonly string[];
  readonly description: string | undefined;
  readonly slug: string;
  /** True when `slug` came from the front matter rather than the file name. */
  readonly slugFromFrontMatter: boolean;
  readonly draft: boolean;
  readonly image: string | undefined;
  readonly id: string | undefined;
  readonly layout: string | undefined;
  readonly aliases: readonly string[];
  /** Front-matter keys quire does not interpret, passed to templates as is. */
  readonly extra: Readonly<Record<string, unknown>>;
  /** Markdown with the front matter blanked out. */
  readonly body: string;
  /** Hash of `body`, when it was computed with the parse (bodies read again from disk: see withBodyOnDisk). */
  readonly bodyHash?: string;
  /** The front matter block as written: two docs with the same one have the same fields. */
  readonly frontMatterText: string;
  readonly positions: ReadonlyMap<string, KeyPosition>;
  readonly start: SourcePosition;
}
