import { parseSiteDate } from '../parse/dates.js';
import type { Terminal } from './report.js';

/** Reads `--now`: undefined when absent, null (after printing why) when it is not a date-time. */
export function parseNowFlag(value: string | undefined, terminal: Terminal): number | undefined | null {
  if (value === undefined) return undefined;
  const parsed = parseSiteDate(value, 'UTC');
  if ('error' in parsed) {
    terminal.err(`error UsageInvalidNow --now ${parsed.error}`);
    return null;
  }
  return parsed.ms;
}

/** Reads `--jobs`: undefined when absent, null (after printing why) when it is not a whole number from 1. */
export function parseJobsFlag(value: string | undefined, terminal: Terminal): number | undefined | null {
  if (value === undefined) return undefined;
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1) {
    terminal.err(`error UsageInvalidJobs --jobs must be a whole number from 1, got "${value}"`);
    return null;
  }
  return jobs;
}
