import type { Diagnostic } from './diagnostic.js';
import { lineAt } from './positions.js';

export interface FormatOptions {
  /** Returns the text of a file named in a diagnostic, or undefined when it cannot be read. */
  readonly readSource?: (file: string) => string | undefined;
  readonly color?: boolean;
}

const ansi = {
  red: (s: string) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[39m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
};

/**
 * Formats one diagnostic as
 * `posts/a.md:3:7 error FrontMatterInvalidDate message`, then a code frame with a caret, then the hint.
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  const paint = options.color ? ansi : { red: id, yellow: id, dim: id, bold: id };
  const where = formatLocation(diagnostic);
  const severity =
    diagnostic.severity === 'error' ? paint.red('error') : paint.yellow('warning');
  const lines = [`${where ? `${paint.bold(visible(where))} ` : ''}${severity} ${diagnostic.code} ${visible(diagnostic.message)}`];
  const source = diagnostic.file && diagnostic.line ? options.readSource?.(diagnostic.file) : undefined;
  if (source !== undefined && diagnostic.line) {
    lines.push(...formatCodeFrame(source, diagnostic.line, diagnostic.column ?? 1).map((l) => paint.dim(l)));
  }
  if (diagnostic.hint) lines.push(`  hint: ${visible(diagnostic.hint)}`);
  return lines.join('\n');
}

/** `file:line:col`, `file:line`, `file`, or '' when the diagnostic has no file. */
export function formatLocation(diagnostic: Diagnostic): string {
  if (!diagnostic.file) return '';
  if (!diagnostic.line) return diagnostic.file;
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`;
}

/** The offending line with its neighbour above, and a caret under the column. */
export function formatCodeFrame(source: string, line: number, column: number): string[] {
  const out: string[] = [];
  const width = String(line).length;
  const shown = (n: number) => {
    const text = lineAt(source, n);
    if (text === undefined) return;
    out.push(`  ${String(n).padStart(width)} | ${visible(truncateLine(text.replace(/\t/g, ' ')))}`);
  };
  if (line > 1) shown(line - 1);
  const current = lineAt(source, line);
  if (current === undefined) return out;
  shown(line);
  const caretAt = Math.min(Math.max(column - 1, 0), 200);
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(caretAt)}^`);
  return out;
}

/**
 * Content is printed to terminals and CI logs: control characters (escape sequences could rewrite or hide
 * lines) and bidirectional overrides (which reorder what is shown) become U+FFFD, one for one, so the
 * caret stays under its column.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

function truncateLine(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function id(s: string): string {
  return s;
}
