import type MarkdownIt from 'markdown-it';
import { footnotePlugin, markdownItLibrary, taskListsPlugin } from '../libraries.js';
import { highlightCode } from './highlight.js';
import { createLinkLocator, type LinkLocator } from './link-locator.js';
import type Token from 'markdown-it/lib/token.mjs';
import { addHeadingAnchors, headingText } from './heading-anchors.js';
import { ownString } from './own-string.js';
import { slugifyText } from './slug.js';
import { isExternalHref, isMarkdownPath, resolveRelative, safeDecode, splitHash } from './link-href.js';

/** A heading of a rendered document, for tables of contents and anchor checks. */
export interface Heading {
  readonly level: number;
  readonly id: string;
  readonly text: string;
}

/** A link or image found in Markdown, with its position in the file. */
export interface LinkRef {
  readonly href: string;
  readonly line: number;
  readonly column: number;
  readonly kind: 'link' | 'image';
}

/** An image in Markdown (`![](x.png)`) or raw HTML (`<img>` without `alt`) that gives no text alternative. */
export interface ImageWithoutAlt {
  readonly src: string;
  readonly line: number;
  readonly column: number;
}

/** What rendering needs to know about the site: where source-path links point. */
export interface MarkdownContext {
  /** Site-relative path of the document being rendered, e.g. `posts/2024/a.md`. */
  readonly sourcePath: string;
  /** The URL (with base path) of the post or page written from a source path, if any. */
  readonly urlOfSource: (sourcePath: string) => string | undefined;
  /** The site's base path (`/` or `/blog/`), prefixed to root-relative links. */
  readonly basePath: string;
}

export interface RenderedMarkdown {
  readonly html: string;
  /** The part before `<!-- more -->`, else the first paragraph. */
  readonly excerptHtml: string;
  readonly headings: readonly Heading[];
  /** Every link and image as written, checked against the site once it is built. */
  readonly links: readonly LinkRef[];
  readonly imagesWithoutAlt: readonly ImageWithoutAlt[];
  /** `id` and `name` attributes of raw HTML: anchors besides the headings'. */
  readonly htmlIds: readonly string[];
  readonly wordCount: number;
}

interface RenderEnv {
  context: MarkdownContext;
  links: LinkRef[];
  imagesWithoutAlt: ImageWithoutAlt[];
  htmlIds: string[];
  locator: LinkLocator;
}

export type MarkdownRenderer = (body: string, context: MarkdownContext) => RenderedMarkdown;

const moreMarker = /^<!--\s*more\s*-->\s*$/;

export interface MarkdownOptions {
  /** Pass raw HTML in Markdown through (default true); false drops it (sites with untrusted authors). */
  readonly html?: boolean;
  /** Highlight fenced code with a known language (default true). */
  readonly highlight?: boolean;
}

/**
 * Creates the markdown-it pipeline of one build: CommonMark with GFM tables and strikethrough, raw HTML,
 * footnotes, task lists, build-time syntax highlighting, stable heading ids with an anchor link after
 * each heading, and links to other posts' `.md` files rewritten to their URLs.
 */
export function createMarkdownRenderer(options: MarkdownOptions = {}, extend?: (md: MarkdownIt) => void): MarkdownRenderer {
  // HTML is always parsed, so that `<!-- more -->` still ends the excerpt; without `html` it is dropped
  // when rendering rather than shown as escaped text. markdown-it's own link check leaves out
  // `javascript:`, `vbscript:`, `file:` and `data:` URLs other than raster images.
  const md = new (markdownItLibrary())({
    html: true,
    linkify: false,
    typographer: false,
    highlight: options.highlight === false ? null : highlightCode,
  });
  if (options.html === false) {
    md.renderer.rules.html_block = () => '';
    md.renderer.rules.html_inline = () => '';
  }
  // Code blocks may scroll sideways: they take keyboard focus so that keyboard users can scroll them.
  const renderFence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (...args) => renderFence(...args).replace(/^<pre>/, '<pre tabindex="0">');
  md.use(footnotePlugin());
  md.use(taskListsPlugin(), { enabled: false, label: true });
  addHeadingAnchors(md, slugifyText);
  // Plugins run after quire's own rules, so a container or a new syntax renders with them in place.
  extend?.(md);
  // Raw HTML that is dropped has no images or anchors to check.
  const keepsHtml = options.html !== false;
  md.core.ruler.push('quire_links', (state) => {
    const env = state.env as RenderEnv;
    for (const block of state.tokens) {
      if (block.type === 'html_block' && keepsHtml) noteRawHtml(block, block, env);
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children) {
        if (token.type === 'link_open') rewriteLink(token, 'href', block, env);
        else if (token.type === 'image') {
          const ref = rewriteLink(token, 'src', block, env);
          if (token.content.trim() === '') noteImageWithoutAlt(ref, block, env);
        } else if (token.type === 'html_inline' && keepsHtml) noteRawHtml(token, block, env);
      }
    }
  });

  return (body, context) => {
    const env: RenderEnv = { context, links: [], imagesWithoutAlt: [], htmlIds: [], locator: createLinkLocator(body) };
    const tokens = md.parse(body, env);
    const html = md.renderer.render(tokens, md.options, env);
    return {
      html,
      excerptHtml: md.renderer.render(excerptTokens(tokens), md.options, env),
      headings: collectHeadings(tokens),
      links: env.links,
      imagesWithoutAlt: env.imagesWithoutAlt,
      htmlIds: env.htmlIds,
      wordCount: countWords(tokens),
    };
  };
}

/** Records a link or image with its position and points it where it leads on the site. */
function rewriteLink(token: Token, attr: 'href' | 'src', block: Token, env: RenderEnv): LinkRef | undefined {
  const href = token.attrGet(attr);
  if (href === null || href === '') return undefined;
  const position = env.locator.locate(block, href);
  const ref: LinkRef = { href, ...position, kind: attr === 'src' ? 'image' : 'link' };
  env.links.push(ref);
  if (href.startsWith('#') || isExternalHref(href)) return ref;
  if (href.startsWith('/')) {
    token.attrSet(attr, env.context.basePath + href.slice(1));
    return ref;
  }
  const [pathPart, hash] = splitHash(href);
  if (!isMarkdownPath(pathPart)) return ref;
  const url = env.context.urlOfSource(resolveRelative(env.context.sourcePath, safeDecode(pathPart)));
  // A link to no post or page stays as written; the link check reports it.
  if (url !== undefined) token.attrSet(attr, hash === undefined ? url : `${url}#${hash}`);
  return ref;
}

function noteImageWithoutAlt(ref: LinkRef | undefined, block: Token, env: RenderEnv): void {
  const at = ref ?? { href: '', line: (block.map?.[0] ?? 0) + 1, column: 1 };
  env.imagesWithoutAlt.push({ src: at.href, line: at.line, column: at.column });
}

const rawImage = /<img\b[^>]*>/gi;
const rawAlt = /\salt\s*=/i;
const rawSrc = /\ssrc\s*=\s*["']?([^"'\s>]*)/i;
const rawId = /\s(?:id|name)\s*=\s*["']([^"']+)["']/gi;

/**
 * Raw HTML is not parsed into tokens: its `<img>` tags and ids are found by pattern, which is enough
 * for the alt-text and anchor checks (a tag split over two HTML tokens is missed, never misreported).
 */
function noteRawHtml(token: Token, block: Token, env: RenderEnv): void {
  const html = token.content;
  if (!html.includes('<')) return;
  for (const match of html.matchAll(rawId)) env.htmlIds.push(match[1]!);
  for (const match of html.matchAll(rawImage)) {
    if (rawAlt.test(match[0])) continue;
    env.imagesWithoutAlt.push({ src: rawSrc.exec(match[0])?.[1] ?? '', ...env.locator.locate(block, match[0]) });
  }
}

function excerptTokens(tokens: Token[]): Token[] {
  const more = tokens.findIndex((t) => t.type === 'html_block' && moreMarker.test(t.content.trim()));
  if (more >= 0) return tokens.slice(0, more);
  const open = tokens.findIndex((t) => t.type === 'paragraph_open' && t.level === 0);
  if (open < 0) return [];
  const close = tokens.findIndex((t, i) => i > open && t.type === 'paragraph_close' && t.level === 0);
  return tokens.slice(open, close + 1);
}

function collectHeadings(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    // Headings live as long as the build (tables of contents); their text is cut from the body.
    const text = tokens[i + 1] ? ownString(headingText(tokens[i + 1]!)) : '';
    headings.push({ level: Number(token.tag.slice(1)), id: token.attrGet('id') ?? '', text });
  });
  return headings;
}

function countWords(tokens: Token[]): number {
  let words = 0;
  for (const token of tokens) {
    const texts = token.type === 'inline' ? (token.children ?? []).filter((t) => t.type === 'text') : token.type === 'fence' || token.type === 'code_block' ? [token] : [];
    for (const t of texts) words += t.content.split(/\s+/).filter(Boolean).length;
  }
  return words;
}
