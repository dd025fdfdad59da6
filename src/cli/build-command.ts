import { build } from '../build/build.js';
import type { BuildOptions } from '../config/types.js';
import { formatFailure, formatSummary, printDiagnostics, type Terminal } from './report.js';

export interface BuildFlags {
  readonly out?: string;
  readonly drafts?: boolean;
  readonly future?: boolean;
  readonly baseUrl?: string;
}

/** `quire build [dir]`: maps flags to options, builds, prints diagnostics and the summary. */
export async function runBuild(dir: string, flags: BuildFlags, terminal: Terminal): Promise<number> {
  const options: BuildOptions = {
    ...(flags.out ? { outDir: flags.out } : {}),
    drafts: Boolean(flags.drafts),
    future: Boolean(flags.future),
    ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
  };
  const result = await build(dir, options);
  printDiagnostics(result.diagnostics, result.config?.siteDir ?? dir, terminal);
  terminal.out(result.ok ? formatSummary(result, process.cwd()) : formatFailure(result));
  return result.exitCode;
}
