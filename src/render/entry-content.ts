import type { Entry } from '../model/types.js';
import type { MarkdownContext, RenderedMarkdown } from '../parse/markdown.js';
import type { SourceDoc } from '../parse/source-doc.js';
import { isExternalHref } from '../parse/link-href.js';
import { fingerprintOf } from './fingerprint.js';
import { htmlToText, truncateText } from './helpers.js';
import { renderMarkdownBody, type RenderedBody } from './render-markdown-body.js';
import type { RenderScope } from './render-scope.js';
import type { RenderedContent } from './render-state.js';

const wordsPerMinute = 220;
/** Length of a description made from the excerpt when the front matter has none. */
const descriptionLength = 160;

const bodyHashes = new WeakMap<SourceDoc, string>();
/** The last content key of each doc, with the Markdown fingerprint it was made with. */
const docKeys = new WeakMap<SourceDoc, { readonly markdown: string; readonly key: string }>();

/**
 * Key of an entry's rendered Markdown: its body and everything else rendering reads but links. A body
 * is hashed once per parse, and its key made once per Markdown settings: docs of unchanged files are
 * kept from one watch rebuild to the next, whose link check asks for the key of every entry.
 */
export function contentKeyOf(scope: RenderScope, entry: Entry): string {
  let key = scope.contentKeys.get(entry.sourcePath);
  if (key !== undefined) return key;
  const doc = scope.docOf(entry);
  const known = docKeys.get(doc);
  if (known?.markdown === scope.markdownFingerprint) {
    key = known.key;
  } else {
    let bodyHash = doc.bodyHash ?? bodyHashes.get(doc);
    if (bodyHash === undefined) {
      bodyHash = fingerprintOf(doc.body);
      bodyHashes.set(doc, bodyHash);
    }
    key = fingerprintOf(scope.markdownFingerprint, entry.sourcePath, bodyHash);
    docKeys.set(doc, { markdown: scope.markdownFingerprint, key });
  }
  scope.contentKeys.set(entry.sourcePath, key);
  return key;
}

/**
 * Reuses what a build rendered from the same Markdown, if every link it resolved still leads to the
 * same URL; records the summary for listings. Undefined when the entry must be rendered.
 */
export function reuseEntryContent(scope: RenderScope, entry: Entry, key = contentKeyOf(scope, entry)): RenderedContent | undefined {
  const current = scope.content.get(key);
  if (current && scope.summaries.has(entry.sourcePath)) return current;
  const cached = current ?? scope.previous?.content.get(key);
  if (!cached) return undefined;
  const resolve = linkResolver(scope, entry);
  if (!cached.links.every(([source, href]) => resolve.urlOfSource(source) === href)) return undefined;
  recordContent(scope, entry, key, cached);
  return cached;
}

/**
 * Renders an entry's Markdown (or takes what a render worker made of it) and records its summary for
 * listings, and its links for the link check.
 */
export function renderEntryContent(scope: RenderScope, entry: Entry, key = contentKeyOf(scope, entry)): RenderedMarkdown {
  const stored = scope.storedHtml && storedRendering(scope, entry, key);
  if (stored) return stored;
  const { rendered, links } = takePrerendered(scope, key) ?? renderMarkdownBody(scope.markdown, scope.docOf(entry).body, linkResolver(scope, entry));
  recordContent(scope, entry, key, {
    excerpt: rendered.excerptHtml,
    excerptDescription: truncateText(htmlToText(rendered.excerptHtml), descriptionLength),
    readingTime: Math.max(1, Math.round(rendered.wordCount / wordsPerMinute)),
    wordCount: rendered.wordCount,
    headings: rendered.headings,
    links,
    refs: rendered.links.filter((ref) => !isExternalHref(ref.href)),
    imagesWithoutAlt: rendered.imagesWithoutAlt,
    htmlIds: rendered.htmlIds,
    version: fingerprintOf(key, JSON.stringify(links)),
  });
  const { version } = scope.content.get(key)!;
  scope.feedContent.keep(entry.sourcePath, version, rendered.html);
  scope.storedHtml?.put(version, rendered.html);
  return rendered;
}

/**
 * The HTML an earlier build rendered from the same Markdown with every link leading to the same URL,
 * as the persistent cache kept it; undefined when it must be rendered.
 */
function storedRendering(scope: RenderScope, entry: Entry, key: string): RenderedMarkdown | undefined {
  const content = reuseEntryContent(scope, entry, key);
  const html = content && scope.storedHtml?.get(content.version);
  if (!content || html === undefined) return undefined;
  scope.feedContent.keep(entry.sourcePath, content.version, html);
  return {
    html,
    excerptHtml: content.excerpt,
    headings: content.headings,
    links: content.refs,
    imagesWithoutAlt: content.imagesWithoutAlt,
    htmlIds: content.htmlIds,
    wordCount: content.wordCount,
  };
}

/** A body rendered ahead on another thread, let go once taken: the page holds its HTML from then on. */
function takePrerendered(scope: RenderScope, key: string): RenderedBody | undefined {
  const found = scope.prerendered.get(key);
  if (found) scope.prerendered.delete(key);
  return found;
}

function recordContent(scope: RenderScope, entry: Entry, key: string, content: RenderedContent): void {
  scope.content.set(key, content);
  scope.summaries.set(entry.sourcePath, {
    excerpt: content.excerpt,
    description: entry.description ?? content.excerptDescription,
    readingTime: content.readingTime,
    wordCount: content.wordCount,
    headings: content.headings,
  });
}

/** What the Markdown renderer needs to know about the site to render an entry. */
export function linkResolver(scope: RenderScope, entry: Entry): MarkdownContext {
  const { site, link } = scope;
  return {
    sourcePath: entry.sourcePath,
    basePath: site.config.basePath,
    urlOfSource: (sourcePath) => {
      const url = site.entries.get(sourcePath)?.url;
      return url === undefined ? undefined : link.href(url);
    },
  };
}

/**
 * Makes sure a listing can show an entry's excerpt: from this build, else reused, else rendered. An
 * incremental rebuild may not have looked at the entry's own page at all.
 */
export function ensureSummary(scope: RenderScope, entry: Entry): void {
  if (scope.summaries.has(entry.sourcePath)) return;
  const key = contentKeyOf(scope, entry);
  if (!reuseEntryContent(scope, entry, key)) renderEntryContent(scope, entry, key);
}

/**
 * Identity of an entry's rendered HTML (its Markdown and where its links led), reusing what an earlier
 * build rendered. Undefined when the entry must be rendered first.
 */
export function contentVersionOf(scope: RenderScope, entry: Entry): string | undefined {
  return reuseEntryContent(scope, entry)?.version;
}
