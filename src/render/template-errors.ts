import type { SourcePosition } from '../diagnostics/diagnostic.js';
import { lineAt } from '../diagnostics/positions.js';

/**
 * Finds where a Handlebars error happened. Parse errors only say "Parse error on line N" and show up to
 * 20 characters before the problem with a caret; runtime and compile errors carry lineNumber/column.
 */
export function locateTemplateError(error: unknown, templateText: string): SourcePosition | undefined {
  if (!(error instanceof Error)) return undefined;
  const located = error as Error & { lineNumber?: number; column?: number };
  if (typeof located.lineNumber === 'number') {
    return { line: located.lineNumber, column: (located.column ?? 0) + 1 };
  }
  const match = /^Parse error on line (\d+):\n(.*)\n(-*)\^/.exec(error.message);
  if (!match) return undefined;
  const line = Number(match[1]);
  const before = (match[2] ?? '').slice(0, (match[3] ?? '').length);
  const lineText = lineAt(templateText, line) ?? '';
  return { line, column: columnAfter(lineText, before) + 1 };
}

/** Handlebars joins the lines of its context snippet: the part of `before` on this line is its suffix. */
function columnAfter(lineText: string, before: string): number {
  for (let length = before.length; length > 0; length--) {
    const suffix = before.slice(before.length - length);
    const index = lineText.indexOf(suffix);
    if (index >= 0 && (length === before.length || index === 0)) return index + length;
  }
  return 0;
}

/** The first line of a Handlebars message, without its position text and the snippet. */
export function cleanTemplateMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const expecting = /\nExpecting (.*), got '(.*)'$/.exec(message);
  if (message.startsWith('Parse error') && expecting) {
    return `template syntax error: unexpected ${describeToken(expecting[2] ?? '')}`;
  }
  return message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
}

function describeToken(token: string): string {
  switch (token) {
    case 'EOF':
      return 'end of template (a block is not closed)';
    case 'INVALID':
      return 'text inside {{ }} (is a closing brace missing?)';
    default:
      return `'${token}'`;
  }
}
