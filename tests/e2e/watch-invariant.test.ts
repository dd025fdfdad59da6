import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileChange } from '../../src/watch/classify-change.js';
import type { FileWatcher } from '../../src/watch/file-watcher.js';
import { startWatchSession } from '../../src/watch/watch-session.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { applyEdit, edit, expectCleanBuildEqual, startSites, type Edit } from '../helpers/site-edits.js';

/**
 * The invariant of watch mode: after any sequence of edits, once the session has settled, its output
 * folder is byte-identical to a clean build of the same files. Edits go to disk and are reported to the
 * real session through a fake watcher. QUIRE_WATCH_STEPS sets the number of edit steps (default 300).
 */
const totalSteps = Number(process.env.QUIRE_WATCH_STEPS ?? 300);
const now = Date.UTC(2026, 10, 27);

function fakeWatcher() {
  let push: (change: FileChange) => void = () => {};
  const watchFiles = (_root: string, _excluded: readonly string[], onChange: (c: FileChange) => void): FileWatcher => {
    push = onChange;
    return { ready: Promise.resolve(), close: async () => {} };
  };
  return { watchFiles, push: (change: FileChange) => push(change) };
}

describe('watch invariant', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  const nextSite = startSites(temp.dir);
  /** Applies edits one by one through a watch session and compares with a clean build after each. */
  const checkEdits = async (edits: readonly Edit[]) => {
    const { site, posts, cleanDir } = nextSite();
    const watcher = fakeWatcher();
    const session = await startWatchSession(site, { now, debounceMs: 1, watchFiles: watcher.watchFiles });
    try {
      for (const [step, e] of edits.entries()) {
        for (const change of applyEdit(site, posts, e, step)) watcher.push(change);
        await new Promise((r) => setTimeout(r, 3));
        await session.idle();
        await expectCleanBuildEqual(site, cleanDir, now, edits.slice(0, step + 1));
      }
    } finally {
      await session.close();
      rmSync(site, { recursive: true, force: true });
    }
  };

  it(`incremental output equals a clean build after every step (${totalSteps} steps)`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 10, maxLength: 10 }), checkEdits), {
      numRuns: Math.max(1, Math.round(totalSteps / 10)),
      seed: Number(process.env.QUIRE_WATCH_SEED ?? 20261127),
    });
  }, 600_000);

  it('rewrites a page whose link leads nowhere after the post it linked to was renamed', async () => {
    await checkEdits([
      { kind: 'add', n: 3, tags: [], day: 2 },
      { kind: 'add', n: 4, tags: [], day: 3 },
      { kind: 'layout', text: 'alpha' },
      { kind: 'rename', n: 0, to: 5 },
    ]);
  });
});
