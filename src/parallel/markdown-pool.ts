import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tinypoolLibrary } from '../libraries.js';
import type { BodyOutcome, BodyTask, WorkerSetup } from './render-task.js';

const workerFile = fileURLToPath(new URL('./markdown-worker.js', import.meta.url));

/** Worker threads that render Markdown bodies, for one build. */
export interface MarkdownPool {
  readonly threads: number;
  /** Renders a chunk of bodies on the next free thread; rejects when a worker cannot run it at all. */
  readonly render: (tasks: readonly BodyTask[]) => Promise<BodyOutcome[]>;
  /** Whether a worker failed outside any task: chunks already sent may then never come back. */
  readonly failed: () => boolean;
  readonly failure: () => string | undefined;
  /** Stops every thread; tasks not done yet are rejected. */
  readonly close: () => Promise<void>;
}

/**
 * Starts `threads` worker threads, each handed `setup` once. Undefined when the compiled worker module
 * is missing (quire run from its TypeScript sources, as unit tests do): the main thread renders then.
 */
export function createMarkdownPool(threads: number, setup: WorkerSetup): MarkdownPool | undefined {
  if (!existsSync(workerFile)) return undefined;
  const { Tinypool } = tinypoolLibrary();
  const pool = new Tinypool({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    workerData: setup,
    // A worker with a second chunk waiting starts on it without the main thread (busy rendering
    // layouts) having to notice that the first one is done.
    concurrentTasksPerWorker: 2,
  });
  // A worker that fails outside any task (its module does not load) is reported here rather than
  // thrown: no more chunks are sent, and the build renders the rest on the main thread.
  let failure: unknown;
  pool.on('error', (error: unknown) => {
    failure ??= error;
  });
  return {
    threads,
    render: (tasks) => (failure === undefined ? (pool.run(tasks) as Promise<BodyOutcome[]>) : Promise.reject(failure)),
    failed: () => failure !== undefined,
    failure: () => (failure === undefined ? undefined : `a worker failed: ${failure instanceof Error ? failure.message : String(failure)}`),
    close: () => pool.destroy(),
  };
}
