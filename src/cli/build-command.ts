import { build } from '../build/build.js';
import { parseSiteDate } from '../parse/dates.js';
import type { BuildOptions } from '../config/types.js';
import { formatFailure, formatSummary, printDiagnostics, type Terminal } from './report.js';

export interface BuildFlags {
  readonly out?: string;
  readonly drafts?: boolean;
  readonly future?: boolean;
  readonly baseUrl?: string;
  readonly now?: string;
  readonly safe?: boolean;
  readonly force?: boolean;
  readonly jobs?: string;
}

/** `quire build [dir]`: maps flags to options, builds, prints diagnostics and the summary. */
export async function runBuild(dir: string, flags: BuildFlags, terminal: Terminal): Promise<number> {
  const now = parseNowFlag(flags.now, terminal);
  if (now === null) return 2;
  const jobs = parseJobsFlag(flags.jobs, terminal);
  if (jobs === null) return 2;
  const options: BuildOptions = {
    ...(now !== undefined ? { now } : {}),
    ...(flags.out ? { outDir: flags.out } : {}),
    drafts: Boolean(flags.drafts),
    future: Boolean(flags.future),
    ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
    safe: Boolean(flags.safe),
    force: Boolean(flags.force),
    ...(jobs !== undefined ? { jobs } : {}),
  };
  const result = await build(dir, options);
  printDiagnostics(result.diagnostics, result.config?.siteDir ?? dir, terminal);
  terminal.out(result.ok ? formatSummary(result, process.cwd()) : formatFailure(result));
  return result.exitCode;
}

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
