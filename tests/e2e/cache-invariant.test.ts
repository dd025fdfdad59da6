import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { applyEdit, edit, expectCleanBuildEqual, startSites, type Edit } from '../helpers/site-edits.js';

/**
 * The invariant of the persistent cache: after any sequence of edits, a build with the cache into the
 * output folder the last one wrote is byte-identical to a clean build without it. Each step is a new
 * build, as in CI or from the command line: nothing is kept in memory between them.
 */
const steps = 120;
const now = Date.UTC(2026, 10, 27);

describe('cache invariant', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  const nextSite = startSites(temp.dir);
  const checkEdits = async (edits: readonly Edit[]) => {
    const { site, posts, cleanDir } = nextSite();
    try {
      expect((await build(site, { now, cache: true })).ok).toBe(true);
      for (const [step, e] of edits.entries()) {
        applyEdit(site, posts, e, step);
        const cached = await build(site, { now, cache: true });
        const clean = await expectCleanBuildEqual(site, cleanDir, now, edits.slice(0, step + 1));
        expect(cached.ok, `after ${JSON.stringify(edits.slice(0, step + 1))}`).toBe(clean.ok);
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  };

  it(`a rebuild with the cache equals a clean build after every edit (${steps} edits)`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 10, maxLength: 10 }), checkEdits), {
      numRuns: steps / 10,
      seed: 20261129,
    });
  }, 300_000);
});
