import { describe, expect, it } from 'vitest';
import { createChunkPipeline, type ChunkRenderer } from '../../../src/parallel/chunk-pipeline.js';
import type { BodyOutcome, BodyTask } from '../../../src/parallel/render-task.js';
import type { RenderedBody } from '../../../src/render/render-markdown-body.js';

/** A renderer whose chunks come back only when the test says so. */
function manualRenderer() {
  const sent: { tasks: readonly BodyTask[]; resolve: (outcomes: BodyOutcome[]) => void; reject: (error: Error) => void }[] = [];
  let failed = false;
  const renderer: ChunkRenderer = {
    render: (tasks) => new Promise((resolve, reject) => sent.push({ tasks, resolve, reject })),
    failed: () => failed,
  };
  const rendered = (task: BodyTask): RenderedBody => ({
    rendered: { html: `<p>${task.body}</p>`, excerptHtml: '', headings: [], links: [], imagesWithoutAlt: [], htmlIds: [], wordCount: 1 },
    links: [],
  });
  return {
    renderer,
    sent,
    /** Sends back chunk `index` rendered. */
    finish: async (index: number) => {
      const chunk = sent[index]!;
      chunk.resolve(chunk.tasks.map(rendered));
      await new Promise((resolve) => setImmediate(resolve));
    },
    fail: () => (failed = true),
  };
}

const items = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, task: () => ({ sourcePath: `posts/${i}.md`, body: `body ${i}` }) }));
const starts = (sent: readonly { tasks: readonly BodyTask[] }[]) => sent.map((chunk) => chunk.tasks.map((t) => t.body.split(' ')[1]).join(','));

describe('createChunkPipeline', () => {
  it('sends a bounded number of chunks ahead, in order, and waits for the one needed', async () => {
    const manual = manualRenderer();
    const results = new Map<string, RenderedBody>();
    const pipeline = createChunkPipeline(items, manual.renderer, results, { chunkSize: 3, chunksAhead: 2, warmUpChunks: 0 });
    const waiting = pipeline.reach(0);
    expect(waiting).toBeInstanceOf(Promise);
    expect(starts(manual.sent)).toEqual(['0,1,2', '3,4,5']);
    await manual.finish(0);
    await waiting;
    expect([...results.keys()]).toEqual(['k0', 'k1', 'k2']);
    expect(pipeline.reach(1)).toBeUndefined();
    // Reaching the second chunk passes the first: what was not taken of it is let go, one more is sent.
    expect(pipeline.reach(3)).toBeInstanceOf(Promise);
    expect([...results.keys()]).toEqual([]);
    expect(starts(manual.sent)).toEqual(['0,1,2', '3,4,5', '6,7,8']);
    expect(pipeline.healthy()).toBe(true);
  });

  it('does not wait while the workers warm up, and sends chunks ahead of the items it renders itself', async () => {
    const manual = manualRenderer();
    const results = new Map<string, RenderedBody>();
    const pipeline = createChunkPipeline(items, manual.renderer, results, { chunkSize: 2, chunksAhead: 2, warmUpChunks: 1 });
    expect(pipeline.reach(0)).toBeUndefined();
    expect(starts(manual.sent)).toEqual(['3,4', '5,6']);
    expect(pipeline.reach(1)).toBeUndefined();
    expect(pipeline.reach(3)).toBeUndefined();
    await manual.finish(1);
    // Warm now: the items out are waited for.
    const waiting = pipeline.reach(4);
    expect(waiting).toBeInstanceOf(Promise);
    await manual.finish(0);
    await waiting;
    expect(results.has('k4')).toBe(true);
    expect(pipeline.reach(5)).toBeUndefined();
    expect(starts(manual.sent)).toEqual(['3,4', '5,6', '7,8']);
    expect(pipeline.reach(7)).toBeInstanceOf(Promise);
  });

  it('stops sending and never waits again once a chunk or the renderer failed', async () => {
    const manual = manualRenderer();
    const results = new Map<string, RenderedBody>();
    const pipeline = createChunkPipeline(items, manual.renderer, results, { chunkSize: 2, chunksAhead: 1, warmUpChunks: 0 });
    const waiting = pipeline.reach(0);
    manual.sent[0]!.reject(new Error('worker died'));
    await waiting;
    expect(pipeline.reach(1)).toBeUndefined();
    expect(pipeline.reach(2)).toBeUndefined();
    expect(manual.sent).toHaveLength(1);
    expect(results.size).toBe(0);
    expect(pipeline.healthy()).toBe(false);
    expect(pipeline.failure()).toBe('a chunk was lost: worker died');

    const other = manualRenderer();
    const second = createChunkPipeline(items, other.renderer, new Map(), { chunkSize: 2, chunksAhead: 1, warmUpChunks: 0 });
    expect(second.reach(0)).toBeInstanceOf(Promise);
    other.fail();
    expect(second.reach(1)).toBeUndefined();
    expect(second.reach(2)).toBeUndefined();
    expect(other.sent).toHaveLength(1);
  });

  it('is drained only once every chunk sent is back, passed ones included', async () => {
    const manual = manualRenderer();
    const pipeline = createChunkPipeline(items, manual.renderer, new Map(), { chunkSize: 2, chunksAhead: 2, warmUpChunks: 1 });
    // Warming up: the consumer passes both chunks sent without waiting for them.
    pipeline.reach(0);
    pipeline.reach(9);
    expect(pipeline.waiting()).toBe(true);
    let drained = false;
    void pipeline.drained().then(() => (drained = true));
    await manual.finish(1);
    expect(drained).toBe(false);
    await manual.finish(0);
    expect(drained).toBe(true);
    expect(pipeline.waiting()).toBe(false);
  });
});
