import { describe, expect, it } from 'vitest';
import { createChangeQueue } from '../../../src/watch/change-queue.js';
import type { FileChange } from '../../../src/watch/classify-change.js';
import { classifyChange, describeChanges } from '../../../src/watch/classify-change.js';

const change = (p: string, event: FileChange['event'] = 'change'): FileChange => ({ path: p, event });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('change queue', () => {
  it('debounces a storm of changes into one rebuild', async () => {
    const batches: FileChange[][] = [];
    const queue = createChangeQueue({ debounceMs: 20, maxWaitMs: 1000, run: async (b) => void batches.push(b) });
    for (let i = 0; i < 500; i++) queue.push(change(`posts/${i}.md`));
    await sleep(5);
    await queue.idle();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(500);
  });

  it('rebuilds after the short window for a lone change, and waits out a storm that follows it', async () => {
    const batches: { at: number; size: number }[] = [];
    const started = Date.now();
    const queue = createChangeQueue({
      debounceMs: 150,
      firstChangeMs: 5,
      maxWaitMs: 5000,
      run: async (b) => void batches.push({ at: Date.now() - started, size: b.length }),
    });
    queue.push(change('posts/lone.md'));
    await sleep(5);
    await queue.idle();
    expect(batches).toEqual([{ at: expect.any(Number), size: 1 }]);
    // Well before the long window: a busy machine may delay the timer, but not by the whole window.
    expect(batches[0]!.at).toBeLessThan(120);

    const stormStart = Date.now() - started;
    for (let i = 0; i < 20; i++) {
      queue.push(change(`posts/${i}.md`));
      await sleep(2);
    }
    await queue.idle();
    expect(batches.map((b) => b.size)).toEqual([1, 20]);
    // The storm's second change switched to the long window: one rebuild, after it went quiet.
    // Timers count from the event loop's clock, which may lag Date.now() by a millisecond.
    expect(batches[1]!.at - stormStart).toBeGreaterThanOrEqual(149);

    // A file added alone may be the first of a checkout: it waits for the long window too.
    const addedAt = Date.now() - started;
    queue.push(change('posts/new.md', 'add'));
    await sleep(60);
    expect(batches).toHaveLength(2);
    await queue.idle();
    expect(batches[2]!.at - addedAt).toBeGreaterThanOrEqual(149);
  });

  it('queues changes made during a rebuild into exactly one more rebuild', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const queue = createChangeQueue({
      debounceMs: 5,
      maxWaitMs: 1000,
      run: async (b) => {
        batches.push(b.map((c) => c.path));
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
      },
    });
    queue.push(change('a.md'));
    await sleep(20);
    queue.push(change('b.md'));
    queue.push(change('c.md'));
    queue.push(change('b.md'));
    release();
    await sleep(20);
    await queue.idle();
    expect(batches).toEqual([['a.md'], ['b.md', 'c.md']]);
  });

  it('drops a file added and deleted within one batch; keeps a delete then re-add as a change', async () => {
    const batches: FileChange[][] = [];
    const queue = createChangeQueue({ debounceMs: 5, maxWaitMs: 1000, run: async (b) => void batches.push(b) });
    queue.push(change('tmp.md', 'add'));
    queue.push(change('tmp.md', 'unlink'));
    queue.push(change('x.md', 'unlink'));
    queue.push(change('x.md', 'add'));
    await sleep(20);
    await queue.idle();
    expect(batches).toEqual([[{ path: 'x.md', event: 'change' }]]);
  });
});

describe('classifyChange', () => {
  it('sorts paths by what they mean to the build and ignores the output folder', () => {
    expect(classifyChange('posts/2024/a.md', ['dist'])).toBe('post');
    expect(classifyChange('pages/about.md', ['dist'])).toBe('page');
    expect(classifyChange('templates/partials/x.hbs', ['dist'])).toBe('template');
    expect(classifyChange('data/authors.yaml', ['dist'])).toBe('data');
    expect(classifyChange('static/a.png', ['dist'])).toBe('static');
    expect(classifyChange('quire.config.yaml', ['dist'])).toBe('config');
    expect(classifyChange('dist/index.html', ['dist'])).toBe('ignored');
    expect(classifyChange('posts/.a.md.swp', ['dist'])).toBe('ignored');
    expect(describeChanges([change('posts/a.md')], ['post'])).toBe('posts/a.md changed');
    expect(describeChanges([change('a'), change('b')], ['post', 'template'])).toBe('2 files changed (1 post, 1 template)');
  });
});
