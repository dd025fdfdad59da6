import { describe, expect, it } from 'vitest';
import { parseJobsFlag } from '../../../src/cli/parse-flags.js';
import type { Terminal } from '../../../src/cli/report.js';

function recordingTerminal(): Terminal & { errors: string[] } {
  const errors: string[] = [];
  return { out: () => {}, err: (line) => errors.push(line), color: false, errors };
}

describe('parseJobsFlag', () => {
  it('reads a whole number from 1, and nothing when the flag is absent', () => {
    const terminal = recordingTerminal();
    expect(parseJobsFlag(undefined, terminal)).toBeUndefined();
    expect(parseJobsFlag('1', terminal)).toBe(1);
    expect(parseJobsFlag('12', terminal)).toBe(12);
    expect(terminal.errors).toEqual([]);
  });

  it('refuses anything else with a usage error', () => {
    for (const value of ['0', '-2', '1.5', '2e3', 'many', '', '99999999999999999999']) {
      const terminal = recordingTerminal();
      expect(parseJobsFlag(value, terminal)).toBeNull();
      expect(terminal.errors).toEqual([`error UsageInvalidJobs --jobs must be a whole number from 1, got "${value}"`]);
    }
  });
});
