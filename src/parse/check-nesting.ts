import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { markdownItLibrary } from '../libraries.js';

/** markdown-it's nesting limit (`maxNesting` of its default preset, which quire renders with). */
const maxNesting = 100;

/**
 * A line whose leading quote markers, list markers and indentation are this long may nest blocks deep
 * enough to reach the limit; only such documents are parsed again to know.
 */
const suspiciousPrefix = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t]){40,}/m;

/**
 * Whether a line of `text` starts like a deeply nested one: only then may its Markdown nest too deep.
 * Blank lines never do, so a body whose front matter was blanked out may be asked about without them.
 */
export function mayNestDeeply(text: string): boolean {
  return suspiciousPrefix.test(text);
}

const containers = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open', 'list_item_open']);

/**
 * Reports blockquotes or lists nested deeper than markdown-it renders. Past its limit markdown-it stops
 * reading the enclosing block (which keeps time and memory bounded): what is nested deeper is left out,
 * and for a list everything after it in the post too. A page that silently lost text must not be
 * published, so this is an error. The body is parsed for blocks only, and only when a line looks deeply
 * nested.
 */
export function checkNesting(body: string, file: string, diagnostics: Diagnostic[]): void {
  if (!mayNestDeeply(body)) return;
  const md = new (markdownItLibrary())({ html: true });
  md.core.ruler.enableOnly(['normalize', 'block']);
  const deepest = md.parse(body, {}).find((token) => containers.has(token.type) && token.level >= maxNesting - 1);
  if (!deepest) return;
  diagnostics.push(
    createDiagnostic('error', 'MarkdownNestedTooDeep', `blockquotes or lists are nested more than ${maxNesting} levels deep here; Markdown would leave out what is nested deeper, and may leave out the rest of the post`, {
      file,
      at: { line: (deepest.map?.[0] ?? 0) + 1, column: 1 },
      hint: `nest quotes and lists at most ${maxNesting} levels deep (a list level counts twice)`,
    }),
  );
}
