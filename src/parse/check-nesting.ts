import MarkdownIt from 'markdown-it';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** markdown-it's nesting limit (`maxNesting` of its default preset, which quire renders with). */
const maxNesting = 100;

/**
 * A line whose leading quote markers, list markers and indentation are this long may nest blocks deep
 * enough to reach the limit; only such documents are parsed again to know.
 */
const suspiciousPrefix = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t]){40,}/m;

const containers = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open', 'list_item_open']);

/**
 * Warns when blockquotes or lists nest deeper than markdown-it renders: it leaves out what lies deeper
 * (which keeps time and memory bounded), and the author should know the text is not shown. The body is
 * parsed for blocks only, and only when a line looks deeply nested.
 */
export function checkNesting(body: string, file: string, diagnostics: Diagnostic[]): void {
  if (!suspiciousPrefix.test(body)) return;
  const md = new MarkdownIt({ html: true });
  md.core.ruler.enableOnly(['normalize', 'block']);
  const deepest = md.parse(body, {}).find((token) => containers.has(token.type) && token.level >= maxNesting - 1);
  if (!deepest) return;
  diagnostics.push(
    createDiagnostic('warning', 'MarkdownNestedTooDeep', `blockquotes or lists are nested more than ${maxNesting} levels deep here; what lies deeper is left out of the page`, {
      file,
      at: { line: (deepest.map?.[0] ?? 0) + 1, column: 1 },
      hint: 'nest fewer quotes or lists',
    }),
  );
}
