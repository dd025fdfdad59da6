import type { Heading, ImageWithoutAlt, LinkRef } from '../parse/markdown.js';
import type { ParsedDoc } from '../parse/read-source-docs.js';
import type { SourceDoc } from '../parse/source-doc.js';
import type { Site } from '../model/types.js';
import type { SiteSources } from '../source/types.js';
import type { CompiledTheme } from './compile-theme.js';
import type { KeptHtml } from './feeds/feed-content-store.js';
import type { SitePlan } from './render-site.js';

/** What rendering one Markdown body produced, kept so that a later build can skip rendering it again. */
export interface RenderedContent {
  readonly excerpt: string;
  /** The excerpt's plain text cut at a word boundary: the description of posts without one. */
  readonly excerptDescription: string;
  readonly readingTime: number;
  readonly wordCount: number;
  readonly headings: readonly Heading[];
  /** Every source path the body linked to, with the href it resolved to then (undefined: no page). */
  readonly links: readonly (readonly [string, string | undefined])[];
  /** Links and images within the site, checked against it after every build (see checkSiteLinks). */
  readonly refs: readonly LinkRef[];
  readonly imagesWithoutAlt: readonly ImageWithoutAlt[];
  /** Anchors of raw HTML (`id`, `name`), besides the headings'. */
  readonly htmlIds: readonly string[];
  /** Identity of the rendered HTML: the content key and where every link led. */
  readonly version: string;
}

/**
 * What a build leaves for the next one (a watch session keeps it between rebuilds): the fingerprint of
 * every output file as written, rendered Markdown by content key, and what the model and plan were made
 * from. An output whose fingerprint is unchanged is neither rendered nor written again.
 */
export interface BuildState {
  readonly outDir: string;
  /** Output path -> fingerprint of everything it was made from (or of its bytes). */
  readonly fingerprints: Map<string, string>;
  /** Content key (hash of the Markdown body and rendering options) -> what rendering it produced. */
  readonly content: Map<string, RenderedContent>;
  /**
   * Parsed posts and pages by source path, with the text and time zone they were parsed from: a cache
   * the next build updates in place (it may hold docs newer than this build's after a failed build).
   */
  readonly docs: Map<string, ParsedDoc>;
  /** The compiled theme, with the fingerprint of the templates and config it was compiled from. */
  readonly theme: { readonly key: string; readonly theme: CompiledTheme } | undefined;
  /** The files read, so that a rebuild reads again only those that changed. */
  readonly sources: SiteSources;
  /** The site model, with the fingerprint of the config, data and front matter it was built from. */
  readonly model:
    | {
        readonly site: Site;
        readonly modelKey: readonly string[];
        /** The docs it was built from, and the span of "now" in which they are published as they are. */
        readonly docs: readonly SourceDoc[];
        readonly builtAt: number;
        readonly stableUntil: number;
      }
    | undefined;
  /**
   * Every output planned from that model and theme, with the shape of site it was planned for and the
   * fingerprint of the values every page shows: a rebuild of the same shape reuses the plan.
   */
  readonly plan: { readonly plan: SitePlan; readonly shape: readonly string[]; readonly commonFingerprint: string } | undefined;
  /** The HTML of the posts feeds show in full. */
  readonly feedContent: ReadonlyMap<string, KeptHtml>;
}
