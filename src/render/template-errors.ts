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
  if (/got 'EOF'$/.test(error.message)) {
    const unclosed = findUnclosedBlock(templateText);
    if (unclosed) return unclosed.at;
  }
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

/**
 * The innermost `{{#block}}` that is never closed, for "unexpected end of template" errors, which
 * Handlebars reports at the end of the file rather than at the block.
 */
export function findUnclosedBlock(text: string): { name: string; at: SourcePosition } | undefined {
  const withoutComments = text.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ' '));
  const stack: { name: string; offset: number }[] = [];
  const tag = /\{\{~?\s*([#^/])\s*>?\s*([^\s}~]+)/g;
  for (let match = tag.exec(withoutComments); match; match = tag.exec(withoutComments)) {
    const [, sigil, name = ''] = match;
    if (sigil === '/') {
      const index = stack.map((b) => b.name).lastIndexOf(name);
      if (index >= 0) stack.length = index;
    } else {
      stack.push({ name, offset: match.index });
    }
  }
  const open = stack[stack.length - 1];
  if (!open) return undefined;
  const before = text.slice(0, open.offset);
  const line = before.split('\n').length;
  return { name: open.name, at: { line, column: open.offset - before.lastIndexOf('\n') } };
}

/** The first line of a Handlebars message, without its position text and the snippet. */
export function cleanTemplateMessage(error: unknown, templateText?: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const expecting = /\nExpecting (.*), got '(.*)'$/.exec(message);
  if (message.startsWith('Parse error') && expecting) {
    const unclosed = expecting[2] === 'EOF' && templateText !== undefined ? findUnclosedBlock(templateText) : undefined;
    if (unclosed) return `{{#${unclosed.name}}} is never closed with {{/${unclosed.name}}}`;
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
