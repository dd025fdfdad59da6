import type { FileChange } from './classify-change.js';

export interface ChangeQueueOptions {
  /** Quiet time after the last change before a rebuild starts, once a batch holds several changes. */
  readonly debounceMs: number;
  /**
   * Quiet time after a lone edit of an existing file (a writer saving a post): short, so the page is
   * rewritten at once. A second change within it, or a file added or deleted, shows a storm (a checkout,
   * a sync) and the longer wait applies. Default: `debounceMs`.
   */
  readonly firstChangeMs?: number;
  /** Longest a rebuild may be put off by a stream of changes. */
  readonly maxWaitMs: number;
  /** Runs one rebuild for a batch of changes (the last event of each path wins). */
  readonly run: (batch: FileChange[]) => Promise<void>;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export interface ChangeQueue {
  push(change: FileChange): void;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
  close(): void;
}

/**
 * Turns a stream of file events into rebuilds: changes are debounced into batches (so a `git checkout`
 * of 500 files gives one rebuild); changes that arrive during a rebuild wait for it and then run as one
 * more batch, so at most one rebuild is queued.
 */
export function createChangeQueue(options: ChangeQueueOptions): ChangeQueue {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  let pending = new Map<string, FileChange>();
  let timer: unknown;
  let firstPendingAt = 0;
  let running: Promise<void> | undefined;
  let closed = false;
  const idleWaiters: (() => void)[] = [];

  const settleIfIdle = () => {
    if (running || timer !== undefined || pending.size > 0) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };

  const flush = () => {
    timer = undefined;
    if (running || closed || pending.size === 0) {
      settleIfIdle();
      return;
    }
    const batch = [...pending.values()];
    pending = new Map();
    running = options.run(batch).finally(() => {
      running = undefined;
      if (pending.size > 0 && !closed) schedule(0);
      else settleIfIdle();
    });
  };

  const schedule = (delay: number) => {
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(flush, delay);
  };

  return {
    push(change) {
      if (closed) return;
      if (pending.size === 0) firstPendingAt = Date.now();
      const previous = pending.get(change.path);
      // add then unlink within one batch is no change at all; unlink then add is a change.
      if (previous?.event === 'add' && change.event === 'unlink') pending.delete(change.path);
      else pending.set(change.path, previous?.event === 'unlink' && change.event === 'add' ? { ...change, event: 'change' } : change);
      if (running) return;
      const waited = Date.now() - firstPendingAt;
      const lone = pending.size === 1 && change.event === 'change';
      const quiet = lone ? (options.firstChangeMs ?? options.debounceMs) : options.debounceMs;
      schedule(waited >= options.maxWaitMs ? 0 : quiet);
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIfIdle();
      });
    },
    close() {
      closed = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      pending.clear();
      settleIfIdle();
    },
  };
}
