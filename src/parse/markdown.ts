import type MarkdownIt from 'markdown-it';
import { footnotePlugin, markdownItLibrary, taskListsPlugin } from '../libraries.js';
import { highlightCode } from './highlight.js';
import { createLinkLocator, type LinkLocator } from './link-locator.js';
import type Token from 'markdown-it/lib/token.mjs';
import { addHeadingAnchors, headingText } from './heading-anchors.js';
import { slugifyText } from './slug.js';

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
  readonly links: readonly LinkRef[];
  /** Links to `.md` files that match no post or page. */
  readonly unresolvedLinks: readonly LinkRef[];
  readonly wordCount: number;
}

interface RenderEnv {
  context: MarkdownContext;
  links: LinkRef[];
  unresolved: LinkRef[];
  locator: LinkLocator;
}

export type MarkdownRenderer = (body: string, context: MarkdownContext) => RenderedMarkdown;

const moreMarker = /^<!--\s*more\s*-->\s*$/;
const schemeOrProtocolRelative = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

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
  md.core.ruler.push('quire_links', (state) => {
    const env = state.env as RenderEnv;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children) {
        if (token.type === 'link_open') rewriteLink(token, 'href', block, env);
        else if (token.type === 'image') rewriteLink(token, 'src', block, env);
      }
    }
  });

  return (body, context) => {
    const env: RenderEnv = { context, links: [], unresolved: [], locator: createLinkLocator(body) };
    const tokens = md.parse(body, env);
    const html = md.renderer.render(tokens, md.options, env);
    return {
      html,
      excerptHtml: md.renderer.render(excerptTokens(tokens), md.options, env),
      headings: collectHeadings(tokens),
      links: env.links,
      unresolvedLinks: env.unresolved,
      wordCount: countWords(tokens),
    };
  };
}

function rewriteLink(token: Token, attr: 'href' | 'src', block: Token, env: RenderEnv): void {
  const href = token.attrGet(attr);
  if (href === null || href === '') return;
  const position = env.locator.locate(block, href);
  const ref: LinkRef = { href, ...position, kind: attr === 'src' ? 'image' : 'link' };
  env.links.push(ref);
  if (href.startsWith('#') || schemeOrProtocolRelative.test(href)) return;
  if (href.startsWith('/')) {
    token.attrSet(attr, env.context.basePath + href.slice(1));
    return;
  }
  const [pathPart = '', hash] = splitHash(href);
  if (!/\.(md|markdown)$/i.test(pathPart)) return;
  const target = resolveRelative(env.context.sourcePath, safeDecode(pathPart));
  const url = env.context.urlOfSource(target);
  if (url === undefined) {
    env.unresolved.push(ref);
    return;
  }
  token.attrSet(attr, hash === undefined ? url : `${url}#${hash}`);
}

function resolveRelative(fromSource: string, relative: string): string {
  const parts = fromSource.split('/').slice(0, -1);
  for (const segment of relative.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function splitHash(href: string): [string, string | undefined] {
  const index = href.indexOf('#');
  return index < 0 ? [href, undefined] : [href.slice(0, index), href.slice(index + 1)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
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
    const text = tokens[i + 1] ? headingText(tokens[i + 1]!) : '';
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
