import path from 'node:path';
import { build, type BuildResult } from '../build/build.js';
import { verifyWithoutCache } from '../build/verify-build.js';
import { defaultCacheDir } from '../cache/persistent-cache.js';
import type { BuildOptions } from '../config/types.js';
import { parseJobsFlag, parseNowFlag } from './parse-flags.js';
import { formatFailure, formatSummary, printDiagnostics, type Terminal } from './report.js';

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
  const result = await build(dir, options);
  const problems = result.ok && flags.verify ? await verifyWithoutCache(dir, options, result, cacheDirOf(result, options)) : [];
  printDiagnostics([...result.diagnostics, ...problems], result.config?.siteDir ?? dir, terminal);
  if (problems.length > 0) {
    terminal.out(`Verify failed: ${problems.length} difference${problems.length === 1 ? '' : 's'} between the build with the cache and one without it.`);
    return 1;
  }
  terminal.out(result.ok ? formatSummary(result, process.cwd()) : formatFailure(result));
  if (result.ok && flags.verify) terminal.out('Verified: a build without the cache wrote the same bytes.');
  return result.exitCode;
}

function cacheDirOf(result: BuildResult, options: BuildOptions): string | undefined {
  if (!options.cache || !result.config) return undefined;
  return path.resolve(result.config.siteDir, options.cache === true ? defaultCacheDir : options.cache);
}

