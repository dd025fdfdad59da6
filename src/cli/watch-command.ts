import type { BuildResult } from '../build/build.js';
import type { BuildOptions } from '../config/types.js';
import { BuildAbort } from '../diagnostics/diagnostic.js';
import { startDevServer, type DevServer } from '../watch/dev-server.js';
import { startWatchSession } from '../watch/watch-session.js';
import { parseJobsFlag, parseNowFlag } from './parse-flags.js';
import { formatDiagnostics, formatFailure, formatSummary, printDiagnostics, type Terminal } from './report.js';

export interface WatchFlags {
  readonly out?: string;
  readonly drafts?: boolean;
  readonly future?: boolean;
  readonly baseUrl?: string;
  readonly now?: string;
  readonly safe?: boolean;
  readonly force?: boolean;
  readonly jobs?: string;
}

export interface ServeFlags extends WatchFlags {
  readonly port?: string;
  readonly host?: string;
}

/** `quire watch [dir]`: build, then rebuild on every change until Ctrl-C (exit code 0). */
export async function runWatch(dir: string, flags: WatchFlags, terminal: Terminal): Promise<number> {
  const options = toOptions(flags, terminal, false);
  if (!options) return 2;
  const interrupted = listenForInterrupt();
  const session = await startWatchSession(dir, options, reporter(terminal));
  if (session.initial.exitCode === 2) {
    await session.close();
    interrupted.dispose();
    return 2;
  }
  terminal.out(`Watching ${dir} for changes (Ctrl-C to stop)`);
  await interrupted.signal;
  await session.close();
  return 0;
}

/** `quire serve [dir]`: watch, plus a local server with live reload. Drafts and future posts are shown. */
export async function runServe(dir: string, flags: ServeFlags, terminal: Terminal): Promise<number> {
  const options = toOptions(flags, terminal, true);
  if (!options) return 2;
  const interrupted = listenForInterrupt();
  const port = Number(flags.port ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    terminal.err(`error UsageInvalidPort --port must be a number from 0 to 65535, got "${flags.port}"`);
    return 2;
  }
  let server: DevServer | undefined;
  const events = reporter(terminal, (result) => {
    if (!server) return;
    if (result.exitCode === 0) server.notifyRebuilt([...result.written, ...result.removed], false);
    else server.notifyError(formatDiagnostics(result.diagnostics, result.config?.siteDir ?? dir, false).join('\n\n'));
  });
  const session = await startWatchSession(dir, options, events);
  const config = session.initial.config;
  if (!config) {
    await session.close();
    interrupted.dispose();
    return 2;
  }
  try {
    server = await startDevServer({ root: config.outDir, host: flags.host ?? '127.0.0.1', port, basePath: config.basePath });
  } catch (error) {
    terminal.err(`error ServePortUnavailable cannot listen on ${flags.host ?? '127.0.0.1'}:${port}: ${(error as Error).message}`);
    await session.close();
    interrupted.dispose();
    return 2;
  }
  if (server.port !== port && port !== 0) terminal.out(`Port ${port} is busy; using ${server.port} instead.`);
  // A site broken from the start shows its diagnostics in the browser too.
  if (session.initial.exitCode === 1) server.notifyError(formatDiagnostics(session.initial.diagnostics, config.siteDir, false).join('\n\n'));
  terminal.out(`Serving ${config.outDir} at ${server.url} (Ctrl-C to stop)`);
  await interrupted.signal;
  await session.close();
  await server.close();
  return 0;
}

function toOptions(flags: WatchFlags, terminal: Terminal, serving: boolean): BuildOptions | undefined {
  const now = parseNowFlag(flags.now, terminal);
  if (now === null) return undefined;
  const jobs = parseJobsFlag(flags.jobs, terminal);
  if (jobs === null) return undefined;
  return {
    ...(flags.out ? { outDir: flags.out } : {}),
    drafts: flags.drafts ?? serving,
    future: flags.future ?? serving,
    ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
    ...(now !== undefined ? { now } : {}),
    safe: Boolean(flags.safe),
    force: Boolean(flags.force),
    ...(jobs !== undefined ? { jobs } : {}),
  };
}

/** Prints one line per build, and the diagnostics of builds with problems. */
function reporter(terminal: Terminal, after?: (result: BuildResult) => void) {
  return {
    onBuild(result: BuildResult, changes: readonly unknown[], summary: string) {
      printDiagnostics(result.diagnostics, result.config?.siteDir ?? '.', terminal);
      const time = new Date().toTimeString().slice(0, 8);
      // The first build (no changes) prints the same summary as `build`.
      if (changes.length === 0) terminal.out(result.ok ? formatSummary(result, process.cwd()) : formatFailure(result));
      else if (result.ok) terminal.out(`[${time}] ${summary}: wrote ${result.written.length} files${result.removed.length ? `, removed ${result.removed.length}` : ''} in ${result.durationMs} ms`);
      else terminal.out(`[${time}] ${summary}: ${formatFailure(result).replace(/^Build failed: /, '')}`);
      after?.(result);
    },
    onInternalError(error: unknown) {
      if (error instanceof BuildAbort) {
        printDiagnostics(error.diagnostics, '.', terminal);
        return;
      }
      terminal.err('quire: internal error (this is a bug in quire; the watcher goes on)');
      terminal.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    },
  };
}

/**
 * Catches Ctrl-C (SIGINT) and SIGTERM from the start, so that an interrupt during the first build still
 * ends in a clean shutdown (no staging folder left behind) and exit code 0.
 */
function listenForInterrupt(): { signal: Promise<void>; dispose: () => void } {
  let resolve!: () => void;
  const signal = new Promise<void>((r) => (resolve = r));
  const stop = () => {
    dispose();
    resolve();
  };
  const dispose = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { signal, dispose };
}
