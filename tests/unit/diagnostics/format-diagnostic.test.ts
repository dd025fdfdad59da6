import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../../src/diagnostics/format-diagnostic.js';
import { suggestClosest } from '../../../src/diagnostics/suggest.js';

describe('formatDiagnostic', () => {
  it('prints file:line:col, severity, code, message, a code frame with a caret and the hint', () => {
    const diagnostic = createDiagnostic('error', 'FrontMatterInvalidDate', '"date" is not a date', {
      file: 'posts/a.md',
      at: { line: 3, column: 7 },
      hint: 'write 2025-09-17',
    });
    const text = formatDiagnostic(diagnostic, { readSource: () => '---\ntitle: A\ndate: nope\n---\n' });
    expect(text).toBe(
      [
        'posts/a.md:3:7 error FrontMatterInvalidDate "date" is not a date',
        '  2 | title: A',
        '  3 | date: nope',
        '    |       ^',
        '  hint: write 2025-09-17',
      ].join('\n'),
    );
  });

  it('prints a diagnostic without a position', () => {
    expect(formatDiagnostic(createDiagnostic('warning', 'X', 'y'))).toBe('warning X y');
  });
});

describe('suggestClosest', () => {
  it('suggests a close match and nothing for an unrelated word', () => {
    expect(suggestClosest('tittle', ['title', 'date'])).toBe('title');
    expect(suggestClosest('banana', ['title', 'date'])).toBeUndefined();
  });
});

describe('diagnostics about hostile content', () => {
  it('never send control characters or bidirectional overrides from content to the terminal', () => {
    const diagnostic = createDiagnostic('error', 'AliasInvalid', 'alias "\u001b[2J" is bad', { file: 'posts/a.md', at: { line: 2, column: 8 } });
    const text = formatDiagnostic(diagnostic, { readSource: () => '---\ntitle: \u001b[31mred\u202e txet\n---\n' });
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(text).toContain('  2 | title: \ufffd[31mred\ufffd txet');
    expect(text).toContain('    |        ^');
  });
});
