import { performance } from 'node:perf_hooks';
import type { MarkdownOptions } from '../parse/markdown.js';
import type { PlannedOutput } from '../render/output.js';
import type { RenderScope } from '../render/render-scope.js';
import { createChunkPipeline } from './chunk-pipeline.js';
import { createMarkdownPool } from './markdown-pool.js';
import { poolSettings, resolveJobs } from './pool-settings.js';
import type { WorkerSetup } from './render-task.js';
import { selectBodiesToRender } from './select-bodies.js';

/**
 * Markdown takes about as long as the rest of a page's work on the main thread (layouts, writing):
 * beyond a few workers the build waits for the main thread alone, and each idle worker would still
 * hold some 45 MB.
 */
const maxWorkers = 3;
/** About 20-40 ms of Markdown: few enough messages, and a short wait for the first page. */
const chunkSize = 16;
/** Chunks out per thread: one running, one queued beside it, one more on its way. */
const chunksPerThread = 3;
/** Chunks per thread that must come back before the build waits for one (see createChunkPipeline). */
const warmUpChunksPerThread = 2;
/**
 * Results and freed threads are only noticed when the main thread's event loop turns, which a build
 * loop that never has to wait does not let it do: it yields this often while chunks are out.
 */
const yieldEveryMs = 4;

/** Markdown bodies being rendered on worker threads ahead of the pages that show them. */
export interface Prerendering {
  /** Worker threads started, or 0 once one failed (the main thread rendered what they did not). */
  readonly workers: () => number;
  /** Why the workers were given up, when they were. */
  readonly failure: () => string | undefined;
  /**
   * To be awaited before producing `output`: when its body is being rendered ahead by warm workers,
   * waits until it is in `scope.prerendered`. A body not there when producing is rendered on the main
   * thread (not back yet during warm-up, or failed).
   */
  readonly before: (output: PlannedOutput) => Promise<void> | undefined;
  /** Stops the threads; call it whatever the outcome of the build. */
  readonly close: () => Promise<void>;
}

export interface PrerenderOptions {
  /** Threads building the site (`--jobs`; default one per core): the main one and the workers. */
  readonly jobs: number | undefined;
  /** The Markdown options of the build's renderer. */
  readonly markdown: MarkdownOptions;
  /** Fingerprints of the files an incremental build finds in place (see selectBodiesToRender). */
  readonly written: ReadonlyMap<string, string> | undefined;
}

/**
 * Starts rendering the Markdown of the pages among `outputs` on worker threads, when that pays: more
 * than one job, and at least 200 bodies to render (see poolSettings) (a watch rebuild of a few posts stays on
 * the main thread, where it is quicker). Undefined otherwise.
 */
export function startPrerendering(scope: RenderScope, outputs: readonly PlannedOutput[], options: PrerenderOptions): Prerendering | undefined {
  const jobs = resolveJobs(options.jobs);
  if (jobs <= 1) return undefined;
  const settings = poolSettings();
  const bodies = selectBodiesToRender(scope, outputs, options.written);
  if (bodies.length === 0 || bodies.length < settings.minBodies) return undefined;
  // The main thread is busy too, rendering layouts and writing files: one worker fewer than jobs.
  const threads = Math.min(jobs - 1, maxWorkers, Math.ceil(bodies.length / chunkSize));
  const pool = createMarkdownPool(threads, workerSetupOf(scope, options.markdown));
  if (!pool) return undefined;
  const positions = new Map(bodies.map((body, at) => [body.output, at]));
  const items = bodies.map(({ entry, key }) => ({ key, task: () => ({ sourcePath: entry.sourcePath, body: scope.docOf(entry).body }) }));
  const pipeline = createChunkPipeline(items, pool, scope.prerendered, {
    chunkSize,
    chunksAhead: pool.threads * chunksPerThread,
    warmUpChunks: settings.warmUp ? pool.threads * warmUpChunksPerThread : 0,
  });
  let yieldedAt = performance.now();
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= pool.close());
  return {
    workers: () => (pipeline.healthy() ? pool.threads : 0),
    failure: () => pipeline.failure(),
    before: (output) => {
      const at = positions.get(output);
      if (at === undefined) return undefined;
      const waiting = pipeline.reach(at);
      // Nothing is sent after the last body: once every chunk is back, the workers are stopped rather
      // than kept idle, with their memory, through the listings and feeds.
      if (at === bodies.length - 1) void pipeline.drained().then(close);
      if (waiting) return waiting;
      const now = performance.now();
      if (!pipeline.waiting() || now - yieldedAt < yieldEveryMs) return undefined;
      yieldedAt = now;
      return new Promise((resolve) => setImmediate(resolve));
    },
    close,
  };
}

/** What workers need to render like the main thread: renderer options and where each `.md` link leads. */
function workerSetupOf(scope: RenderScope, markdown: MarkdownOptions): WorkerSetup {
  const hrefs = new Map<string, string>();
  for (const [sourcePath, entry] of scope.site.entries) hrefs.set(sourcePath, scope.link.href(entry.url));
  return { markdown, basePath: scope.site.config.basePath, hrefs };
}
