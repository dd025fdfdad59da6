import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build, type BuildResult } from '../build/build.js';
import { createBuildReport } from '../build/build-report.js';
import { verifyWithoutCache } from '../build/verify-build.js';
import { defaultCacheDir } from '../cache/persistent-cache.js';
import type { BuildOptions } from '../config/types.js';
import { parseJobsFlag, parseNowFlag } from './parse-flags.js';
import { githubAnnotations, isGithubActions } from './github-annotations.js';
import { createProgressLine } from './progress-line.js';
import { formatFailure, formatSummary, printDiagnostics, type Terminal } from './report.js';
import { isReportOnStdout, writeReport } from './write-report.js';

export interface BuildFlags {
  readonly out?: string;
  readonly drafts?: boolean;
  readonly future?: boolean;
  readonly baseUrl?: string;
  readonly now?: string;
  readonly safe?: boolean;
  readonly force?: boolean;
  /** A folder, or false for `--no-cache`. */
  readonly cache?: string | false;
  readonly verify?: boolean;
  readonly jobs?: string;
  /** `--json` (true: stdout) or `--json FILE`. */
  readonly json?: string | true;
  readonly strict?: boolean;
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
    cache: flags.cache ?? true,
    strict: Boolean(flags.strict),
    ...(jobs !== undefined ? { jobs } : {}),
  };
  const progressLine = terminal.progress ? createProgressLine({ write: terminal.progress, now: () => performance.now() }) : undefined;
  const onProgress = progressLine ? { onProgress: progressLine.update } : {};
  const built = await build(dir, { ...options, report: flags.json !== undefined, ...onProgress });
  progressLine?.clear();
  const problems = built.ok && flags.verify ? await verifyWithoutCache(dir, options, built, cacheDirOf(built, options)) : [];
  // A failed verification fails the build: its report says so too.
  const result: BuildResult = problems.length > 0 ? { ...built, ok: false, exitCode: 1, diagnostics: [...built.diagnostics, ...problems] } : built;
  const siteDir = result.config?.siteDir ?? dir;
  printDiagnostics(result.diagnostics, siteDir, terminal);
  if (isGithubActions(process.env)) for (const line of githubAnnotations(result.diagnostics, siteDir, process.env, process.cwd())) terminal.err(line);
  // With the report on stdout, the closing lines go to stderr: stdout stays pure JSON.
  const say = flags.json !== undefined && isReportOnStdout(flags.json) ? terminal.err : terminal.out;
  if (flags.json !== undefined && !writeReport(createBuildReport(result), flags.json, terminal)) return 2;
  if (problems.length > 0) {
    say(`Verify failed: ${problems.length} difference${problems.length === 1 ? '' : 's'} between the build with the cache and one without it.`);
    return 1;
  }
  say(result.ok ? formatSummary(result, process.cwd()) : formatFailure(result));
  if (result.ok && flags.verify) say('Verified: a build without the cache wrote the same bytes.');
  return result.exitCode;
}

function cacheDirOf(result: BuildResult, options: BuildOptions): string | undefined {
  if (!options.cache || !result.config) return undefined;
  return path.resolve(result.config.siteDir, options.cache === true ? defaultCacheDir : options.cache);
}

