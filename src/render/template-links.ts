import type { SourcePosition } from '../diagnostics/diagnostic.js';
import { offsetToPosition } from '../diagnostics/positions.js';

/** An href written as is in a template, with its position in the template file. */
export interface TemplateLink extends SourcePosition {
  readonly href: string;
  readonly kind: 'link' | 'image';
  /** True for `{{url "/about/"}}`: a site path, to which the helper adds the base path. */
  readonly sitePath: boolean;
}

// Attributes whose whole value is literal text; a value with `{{` comes from the model, which only
// makes URLs of pages it writes.
const literalAttribute = /\s(href|src)\s*=\s*(["'])([^"'{}]*)\2/gi;
const urlHelper = /[{(]\s*url\s+(["'])([^"']*)\1\s*[)}]/g;
const literalId = /\sid\s*=\s*["']([^"'{}]+)["']/gi;

/** The literal hrefs of a template, and the site paths given to its `url` helper, in file order. */
export function findTemplateLinks(text: string): TemplateLink[] {
  const links: TemplateLink[] = [];
  for (const match of text.matchAll(literalAttribute)) {
    const offset = match.index + match[0].length - match[3]!.length - 1;
    const kind = match[1]!.toLowerCase() === 'src' ? 'image' : 'link';
    links.push({ href: match[3]!, kind, sitePath: false, ...offsetToPosition(text, offset) });
  }
  for (const match of text.matchAll(urlHelper)) {
    const offset = match.index + match[0].indexOf(match[1]!) + 1;
    links.push({ href: match[2]!, kind: 'link', sitePath: true, ...offsetToPosition(text, offset) });
  }
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Literal `id` attributes of a template: anchors on every page that uses it (`#main-content`). */
export function findTemplateIds(text: string): string[] {
  return [...text.matchAll(literalId)].map((match) => match[1]!);
}
