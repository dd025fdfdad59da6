import type { RenderedBody } from '../render/render-markdown-body.js';
import type { BodyOutcome, BodyTask } from './render-task.js';

/** A body to render ahead: where its result goes, and its task (read when its chunk is sent). */
export interface PipelineItem {
  readonly key: string;
  readonly task: () => BodyTask;
}

/** Where chunks are rendered (see MarkdownPool). */
export interface ChunkRenderer {
  readonly render: (tasks: readonly BodyTask[]) => Promise<BodyOutcome[]>;
  /** True once chunks already sent may never come back. */
  readonly failed: () => boolean;
  /** What went wrong when failed. */
  readonly failure?: () => string | undefined;
}

export interface ChunkPipelineOptions {
  readonly chunkSize: number;
  /** Chunks out ahead of the consumer at most: all that is ever rendered and not yet shown. */
  readonly chunksAhead: number;
  /** Chunks that must come back rendered before the consumer waits for one: the workers are warm then. */
  readonly warmUpChunks: number;
}

/** Bodies rendered ahead of their consumer, a bounded number of chunks at a time. */
export interface ChunkPipeline {
  /**
   * Called before item `at` is needed; items are reached in order, some may be passed over. Sends
   * chunks ahead, and returns a promise when the consumer should wait for the item's chunk; it never
   * rejects. Once it is back, or when undefined is returned, the item's body is in the results map or
   * else is the consumer's to render (not back yet during warm-up, failed, or the pool is broken).
   */
  readonly reach: (at: number) => Promise<void> | undefined;
  /** Whether anything sent has not come back yet. */
  readonly waiting: () => boolean;
  /** Resolves once everything sent has come back (or was lost); never rejects. */
  readonly drained: () => Promise<void>;
  /** Whether every chunk came back so far, with every body rendered. */
  readonly healthy: () => boolean;
  /** Why the pipeline stopped being healthy, the first time it did. */
  readonly failure: () => string | undefined;
}

interface Chunk {
  readonly start: number;
  readonly end: number;
  arrived: boolean;
  /** Passed by the consumer: results arriving late are dropped. */
  passed: boolean;
  done: Promise<void>;
}

/**
 * Renders `items` in chunks with `render`, storing each rendered body in `results` under its key for
 * the consumer to take (and delete). Results of items the consumer passed are deleted, so rendered HTML
 * never piles up. Once a chunk fails as a whole or the renderer failed (a worker died), no more are
 * sent and the consumer never waits again: it renders the rest itself.
 *
 * New workers are slow for a while (loading modules, then compiling: their first chunks take several
 * times longer), so until `warmUpChunks` chunks came back the consumer does not wait: it renders what
 * has not come back itself, and chunks are sent a chunk ahead of it. Their work is then partly wasted,
 * but it is the warming up the workers need anyway.
 */
export function createChunkPipeline(
  items: readonly PipelineItem[],
  renderer: ChunkRenderer,
  results: Map<string, RenderedBody>,
  { chunkSize, chunksAhead, warmUpChunks }: ChunkPipelineOptions,
): ChunkPipeline {
  let rendered = 0;
  let pending = 0;
  let broken = false;
  let bodyFailed = false;
  let failure: string | undefined;
  /** Chunks sent and not back yet. */
  const inFlight = new Set<Promise<void>>();
  /** Chunks sent and not yet passed, in order. */
  const out: Chunk[] = [];
  let nextToSend = 0;

  const send = (start: number): Chunk => {
    const end = Math.min(items.length, start + chunkSize);
    const chunk: Chunk = { start, end, arrived: false, passed: false, done: Promise.resolve() };
    pending++;
    chunk.done = renderer.render(items.slice(start, end).map((item) => item.task()))
      .then(
        (outcomes) => {
          rendered++;
          if (chunk.passed) return;
          outcomes.forEach((outcome, i) => {
            const item = items[start + i];
            if ('failed' in outcome) {
              bodyFailed = true;
              failure ??= `a body failed: ${outcome.failed}`;
            }
            else if (item) results.set(item.key, outcome);
          });
        },
        (error: unknown) => {
          broken = true;
          failure ??= `a chunk was lost: ${error instanceof Error ? error.message : String(error)}`;
        },
      )
      .finally(() => {
        chunk.arrived = true;
        pending--;
        inFlight.delete(chunk.done);
      });
    inFlight.add(chunk.done);
    return chunk;
  };

  return {
    reach: (at) => {
      while (out.length > 0 && out[0]!.end <= at) {
        const chunk = out.shift()!;
        chunk.passed = true;
        for (let i = chunk.start; i < chunk.end; i++) results.delete(items[i]!.key);
      }
      broken ||= renderer.failed();
      const warm = rendered >= warmUpChunks;
      if (!warm) nextToSend = Math.max(nextToSend, at + 1 + chunkSize);
      while (!broken && out.length < chunksAhead && nextToSend < items.length) {
        const chunk = send(nextToSend);
        out.push(chunk);
        nextToSend = chunk.end;
      }
      const chunk = out[0];
      return warm && !broken && chunk && chunk.start <= at && !chunk.arrived ? chunk.done : undefined;
    },
    waiting: () => pending > 0,
    drained: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    healthy: () => !broken && !bodyFailed && !renderer.failed(),
    failure: () => failure ?? renderer.failure?.(),
  };
}
