import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { startDevServer } from './dev-server.js';
import { startWatchSession, type WatchEvents, type WatchOptions, type WatchSession } from './watch-session.js';

export interface ServeOptions extends WatchOptions {
  /** Port to listen on (default 4000; the next free one when busy; 0 for any). */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
}

/** A watch session with its development server. */
export interface ServeSession extends WatchSession {
  /** Where the site is served, e.g. `http://127.0.0.1:4000/`. */
  readonly url: string;
}

/**
 * `quire serve` as a function: watches the site (drafts and future posts shown unless `drafts` or
 * `future` is false) and serves the output folder with live reload; open pages reload after each
 * rebuild and show the problems of a failed one. Rejects, with the watch session closed, when the site
 * has no usable config or the server cannot listen.
 */
export async function serve(siteDir: string, options: ServeOptions = {}, events: WatchEvents = {}): Promise<ServeSession> {
  let notify: ((ok: boolean, written: readonly string[], diagnostics: readonly Diagnostic[]) => void) | undefined;
  const session = await startWatchSession(siteDir, { ...options, drafts: options.drafts ?? true, future: options.future ?? true }, {
    ...events,
    onBuild(result, changes, summary) {
      events.onBuild?.(result, changes, summary);
      notify?.(result.ok, [...result.written, ...result.removed], result.diagnostics);
    },
  });
  const { config } = session.initial;
  try {
    if (!config) throw new Error(`cannot serve ${siteDir}: ${session.initial.diagnostics.map((d) => d.message).join('; ')}`);
    const server = await startDevServer({ root: config.outDir, host: options.host ?? '127.0.0.1', port: options.port ?? 4000, basePath: config.basePath });
    const showProblems = (diagnostics: readonly Diagnostic[]) => server.notifyError(diagnostics.map((d) => formatDiagnostic(d)).join('\n\n'));
    notify = (ok, written, diagnostics) => (ok ? server.notifyRebuilt(written, false) : showProblems(diagnostics));
    if (!session.initial.ok) showProblems(session.initial.diagnostics);
    return {
      ...session,
      url: server.url,
      async close() {
        await session.close();
        await server.close();
      },
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}
