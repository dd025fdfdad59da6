import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MarkdownRenderer } from '../parse/markdown.js';
import type { SourceDoc } from '../parse/source-doc.js';
import type { Entry, Site } from '../model/types.js';
import type { RenderedBody } from './render-markdown-body.js';
import type { BuildState, RenderedContent } from './render-state.js';
import { codeIdentity } from '../cache/code-identity.js';
import { configText as portableConfigText } from '../config/config-text.js';
import type { CompiledTheme } from './compile-theme.js';
import { fingerprintOf } from './fingerprint.js';
import { createFeedContentStore, type FeedContentStore } from './feeds/feed-content-store.js';
import { buildPageMeta, type MetaInput } from './page-meta.js';
import { entryView, keptIn, linkerFor, siteView, tagView, type ContentSummary, type EntryView, type Linker } from './views.js';

/**
 * What every renderer of one build shares. Lives for one build only: planned outputs receive it as an
 * argument, so that a watch rebuild can produce outputs planned by an earlier build.
 */
export interface RenderScope {
  readonly site: Site;
  readonly theme: CompiledTheme;
  readonly markdown: MarkdownRenderer;
  readonly link: Linker;
  readonly diagnostics: Diagnostic[];
  /** Excerpts and reading times of the posts and pages rendered or reused so far, by source path. */
  readonly summaries: Map<string, ContentSummary>;
  /** The whole HTML of the posts feeds show in full. */
  readonly feedContent: FeedContentStore;
  /** Template variables every layout receives. */
  readonly common: Readonly<Record<string, unknown>>;
  /** What the previous build left (watch sessions): rendered Markdown to reuse. */
  readonly previous: BuildState | undefined;
  /** Rendered Markdown of this build by content key, handed to the next build. */
  readonly content: Map<string, RenderedContent>;
  /**
   * Bodies rendered ahead by render workers, by content key, waiting for the page that shows them; each
   * is removed when taken. Empty when the build renders on the main thread alone.
   */
  readonly prerendered: Map<string, RenderedBody>;
  /** Content key of each entry by source path: listings and feeds ask for the same entries many times. */
  readonly contentKeys: Map<string, string>;
  /**
   * The parsed source of an entry in this build. A watch rebuild that only changed Markdown bodies keeps
   * the previous site model, whose entries hold the older docs.
   */
  readonly docOf: (entry: Entry) => SourceDoc;
  /** Fingerprint of everything every page depends on: the code (see codeIdentity), the config, `common`. */
  readonly commonFingerprint: string;
  /** Fingerprint of what rendering Markdown reads besides the body and links: the code, the config. */
  readonly markdownFingerprint: string;
  /** Fingerprint of a layout and every partial it uses. */
  readonly layoutFingerprint: (layoutName: string) => string;
  /** Rendered HTML kept between builds by content version (the persistent cache), if any. */
  readonly storedHtml: { get(version: string): string | undefined; has(version: string): boolean; put(version: string, html: string): void } | undefined;
  /** Computes a value once per build (template values read by both a fingerprint and a render). */
  readonly once: <T>(key: string, compute: () => T) => T;
}

export function createRenderScope(
  site: Site,
  theme: CompiledTheme,
  markdown: MarkdownRenderer,
  diagnostics: Diagnostic[],
  previous?: BuildState,
  docs?: ReadonlyMap<string, { readonly doc: SourceDoc }>,
  storedHtml?: RenderScope['storedHtml'],
): RenderScope {
  const link = linkerFor(site.config);
  const common = {
    site: siteView(site, link),
    data: site.data,
    tags: site.tags.map((t) => tagView(t, link, t.posts.length)),
    pages: site.pages.map((p) => ({ title: p.title, url: link.href(p.url) })),
  };
  const configText = portableConfigText(site.config);
  const code = codeIdentity();
  const layoutFingerprints = new Map<string, string>();
  const values = new Map<string, unknown>();
  return {
    site,
    theme,
    markdown,
    link,
    diagnostics,
    summaries: new Map(),
    feedContent: createFeedContentStore(site, previous?.feedContent),
    common,
    previous,
    content: new Map(),
    prerendered: new Map(),
    contentKeys: new Map(),
    docOf: (entry) => docs?.get(entry.sourcePath)?.doc ?? entry.doc,
    commonFingerprint: fingerprintOf(code, configText, JSON.stringify(common)),
    markdownFingerprint: fingerprintOf(code, configText),
    layoutFingerprint: (layoutName) => {
      let known = layoutFingerprints.get(layoutName);
      if (known === undefined) {
        const layout = theme.layouts.get(layoutName);
        known = layout ? fingerprintOf(...layout.uses.map((name) => `${name}\n${theme.files.get(name)?.text ?? ''}`)) : 'missing';
        layoutFingerprints.set(layoutName, known);
      }
      return known;
    },
    storedHtml,
    once: <T>(key: string, compute: () => T): T => {
      if (!values.has(key)) values.set(key, compute());
      return values.get(key) as T;
    },
  };
}

const cards = new WeakMap<Entry, string>();

/**
 * Fingerprint of everything a listing, link or feed shows of an entry without its Markdown: its front
 * matter, source path and URL (config and data files are in the common fingerprint). Entries of
 * unchanged files are kept from one watch rebuild to the next, so this is hashed once per edit.
 */
export function cardOf(entry: Entry): string {
  let card = cards.get(entry);
  if (card === undefined) {
    card = fingerprintOf(entry.kind, entry.sourcePath, entry.url, entry.doc.frontMatterText);
    cards.set(entry, card);
  }
  return card;
}

/** The published entry of a source path in the build's model (a plan names entries by source path). */
export function entryOf(scope: RenderScope, sourcePath: string): Entry {
  const entry = scope.site.entries.get(sourcePath);
  if (!entry) throw new Error(`no published entry ${sourcePath}: the plan does not match the site`);
  return entry;
}

const bareViews = new WeakMap<Linker, WeakMap<Entry, EntryView>>();

/**
 * The view of an entry without its excerpt and reading time, as links to other posts and the archive
 * show it. Views are plain data no template can change, so one is made per entry and linker: a watch
 * session keeps both from one rebuild to the next.
 */
export function bareViewOf(scope: RenderScope, entry: Entry): EntryView {
  const views = keptIn(bareViews, scope.link, () => new WeakMap<Entry, EntryView>());
  return keptIn(views, entry, () => entryView(entry, scope.link, undefined));
}

/** The listing view of an entry, with its excerpt when it has been rendered. */
export function viewOf(scope: RenderScope, entry: Entry) {
  return entryView(entry, scope.link, scope.summaries.get(entry.sourcePath));
}

/** `<head>` facts of a page: see buildPageMeta. */
export function metaOf(scope: RenderScope, input: MetaInput) {
  return buildPageMeta(scope.site.config, scope.link, input);
}
