import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MarkdownRenderer } from '../parse/markdown.js';
import type { Entry, Site } from '../model/types.js';
import type { BuildState, RenderedContent } from './render-state.js';
import { version } from '../version.js';
import type { CompiledTheme } from './compile-theme.js';
import { fingerprintOf } from './fingerprint.js';
import { createFeedContentStore, type FeedContentStore } from './feeds/feed-content-store.js';
import { buildPageMeta, type MetaInput } from './page-meta.js';
import { createLinker, entryView, siteView, tagView, type ContentSummary, type Linker } from './views.js';

/** What every renderer of one build shares. Lives for one build only. */
export interface RenderScope {
  readonly site: Site;
  readonly theme: CompiledTheme;
  readonly markdown: MarkdownRenderer;
  readonly link: Linker;
  readonly diagnostics: Diagnostic[];
  /**
   * Excerpts and reading times of rendered posts and pages. Entry pages are produced before listings,
   * which read this.
   */
  readonly summaries: Map<string, ContentSummary>;
  /** The whole HTML of the posts feeds show in full, recorded when their pages are produced. */
  readonly feedContent: FeedContentStore;
  /** Template variables every layout receives. */
  readonly common: Readonly<Record<string, unknown>>;
  /** What the previous build left (watch sessions): fingerprints and rendered Markdown to reuse. */
  readonly previous: BuildState | undefined;
  /** Rendered Markdown of this build by content key, handed to the next build. */
  readonly content: Map<string, RenderedContent>;
  /** Content key of each entry by source path (hashing a body once per build). */
  readonly contentKeys: Map<string, string>;
  /**
   * The Markdown body of an entry. A watch rebuild that only changed bodies reuses the previous site
   * model, whose entries hold the old bodies: the new ones come from here.
   */
  readonly bodyOf: (entry: Entry) => string;
  /** Fingerprint of everything every page depends on: quire's version, the config, `common`. */
  readonly commonFingerprint: string;
  /** Fingerprint of a layout and every partial it uses. */
  readonly layoutFingerprint: (layoutName: string) => string;
}

export function createRenderScope(
  site: Site,
  theme: CompiledTheme,
  markdown: MarkdownRenderer,
  diagnostics: Diagnostic[],
  previous?: BuildState,
  bodies?: ReadonlyMap<string, string>,
): RenderScope {
  const link = createLinker(site.config);
  const common = {
    site: siteView(site, link),
    data: site.data,
    tags: site.tags.map((t) => tagView(t, link, t.posts.length)),
    pages: site.pages.map((p) => ({ title: p.title, url: link.href(p.url) })),
  };
  return {
    site,
    theme,
    markdown,
    link,
    diagnostics,
    summaries: new Map(),
    feedContent: createFeedContentStore(site),
    common,
    previous,
    content: new Map(),
    contentKeys: new Map(),
    bodyOf: (entry) => bodies?.get(entry.sourcePath) ?? entry.doc.body,
    commonFingerprint: fingerprintOf(version, JSON.stringify({ ...site.config, now: undefined }), JSON.stringify(common)),
    layoutFingerprint: (layoutName) => {
      const layout = theme.layouts.get(layoutName);
      if (!layout) return 'missing';
      return fingerprintOf(...layout.uses.map((name) => `${name}\n${theme.files.get(name)?.text ?? ''}`));
    },
  };
}

/** The listing view of an entry, with its excerpt when it has been rendered. */
export function viewOf(scope: RenderScope, entry: Entry) {
  return entryView(entry, scope.link, scope.summaries.get(entry.sourcePath));
}

/** `<head>` facts of a page: see buildPageMeta. */
export function metaOf(scope: RenderScope, input: MetaInput) {
  return buildPageMeta(scope.site.config, scope.link, input);
}
