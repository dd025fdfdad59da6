import path from 'node:path';
import { build, type BuildResult } from '../build/build.js';
import type { BuildState } from '../render/render-state.js';
import type { BuildOptions } from '../config/types.js';
import { createChangeQueue } from './change-queue.js';
import { classifyChange, describeChanges, type FileChange } from './classify-change.js';
import { watchSiteFiles } from './file-watcher.js';
import { unseenChanges } from './unseen-changes.js';
import { createChangeRecheck } from './recheck-changes.js';

/** What the session tells its owner (the CLI prints it; `serve` also pushes it to open pages). */
export interface WatchEvents {
  /** A build finished (successfully or with content errors). `changes` is empty for the first build. */
  readonly onBuild?: (result: BuildResult, changes: readonly FileChange[], summary: string) => void;
  /** quire itself failed (a bug): reported with its stack; the session goes on. */
  readonly onInternalError?: (error: unknown) => void;
}

export interface WatchSession {
  /** The first build. */
  readonly initial: BuildResult;
  /** Resolves when no rebuild is running or waiting (for tests and clean shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface WatchOptions extends BuildOptions {
  /** Quiet time after the last change of a storm before rebuilding (default 100 ms). */
  readonly debounceMs?: number;
  /** Quiet time after a lone change before rebuilding (default 5 ms; see ChangeQueueOptions). */
  readonly firstChangeMs?: number;
  /** The file watcher (default chokidar); tests pass one they drive themselves. */
  readonly watchFiles?: typeof watchSiteFiles;
}

/**
 * Builds the site, then watches its folder and rebuilds after each batch of changes. The output folder
 * is replaced only by a build without errors, so the last good site stays in place while a file is
 * broken, and fixing the file recovers on its own. Neither content errors nor bugs stop the watcher.
 */
export async function startWatchSession(siteDir: string, options: WatchOptions, events: WatchEvents = {}): Promise<WatchSession> {
  const root = path.resolve(siteDir);
  let state: BuildState | undefined;
  // Paths changed since the last good build: the next build reads them again whatever their size and
  // modification time (two quick saves can leave both unchanged).
  const changedSinceGood = new Set<string>();
  // Whether a file was added or removed since the last good build: then the folders are listed again.
  let rescan = true;
  const runBuild = async (changes: readonly FileChange[], label: string) => {
    for (const change of changes) changedSinceGood.add(change.path);
    if (changes.some((change) => change.event !== 'change')) rescan = true;
    const result = await build(root, options, { previous: state, changed: changedSinceGood, rescan });
    state = result.state;
    if (result.ok) {
      changedSinceGood.clear();
      rescan = false;
    }
    events.onBuild?.(result, changes, label);
    return result;
  };
  const initial = await runBuild([], 'initial build');
  const outDir = initial.config?.outDir ?? path.resolve(root, options.outDir ?? 'dist');
  const ignoredFolders = [path.relative(root, outDir), '.quire-cache'].map((p) => p.split(path.sep).join('/'));

  const queue = createChangeQueue({
    debounceMs: options.debounceMs ?? 100,
    firstChangeMs: options.firstChangeMs ?? Math.min(5, options.debounceMs ?? 5),
    maxWaitMs: 1000,
    run: async (batch) => {
      // Only changes of files quire reads are queued (see onChange).
      const unseen = unseenChanges(batch, state, root);
      if (unseen.length === 0) return;
      try {
        await runBuild(unseen, describeChanges(unseen, unseen.map((change) => classifyChange(change.path, ignoredFolders))));
      } catch (error) {
        events.onInternalError?.(error);
      }
    },
  });
  const watchFiles = options.watchFiles ?? watchSiteFiles;
  // Files quire never reads (editor backups, the output folder) do not even start the debounce.
  const recheck = createChangeRecheck(root, (change) => queue.push(change));
  const onChange = (change: FileChange) => {
    if (classifyChange(change.path, ignoredFolders) === 'ignored') return;
    queue.push(change);
    if (change.event === 'change') recheck.changed(change.path);
  };
  const watcher = watchFiles(root, [outDir, path.join(root, '.quire-cache')], onChange, (error) =>
    events.onInternalError?.(error),
  );
  await watcher.ready;
  return {
    initial,
    idle: () => queue.idle(),
    async close() {
      await watcher.close();
      recheck.close();
      await queue.idle();
      queue.close();
    },
  };
}
