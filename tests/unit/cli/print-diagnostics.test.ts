import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/diagnostics/diagnostic.js';
import { printDiagnostics, shownWarningsPerCode, type Terminal } from '../../../src/cli/report.js';

describe('printDiagnostics', () => {
  it('prints every error and the first warnings of each code, then counts the warnings not shown', () => {
    const lines: string[] = [];
    const terminal: Terminal = { out: () => {}, err: (line) => lines.push(line), color: false };
    const warnings = (code: string, count: number) =>
      Array.from({ length: count }, (_, i) => createDiagnostic('warning', code, `${code} number ${i}`));
    const errors = Array.from({ length: shownWarningsPerCode + 5 }, (_, i) => createDiagnostic('error', 'Broken', `error ${i}`));
    printDiagnostics([...warnings('DuplicateTitle', shownWarningsPerCode + 7), ...warnings('BrokenLink', 2), ...errors], '.', terminal);

    const text = lines.join('\n');
    expect(text).toContain(`DuplicateTitle number ${shownWarningsPerCode - 1}`);
    expect(text).not.toContain(`DuplicateTitle number ${shownWarningsPerCode}`);
    expect(text).toContain('BrokenLink number 1');
    expect(text).toContain(`error ${shownWarningsPerCode + 4}`);
    expect(lines.filter((line) => line.startsWith('... and'))).toEqual(['... and 7 more DuplicateTitle warnings']);
  });
});
