// Generated corpora are kept in <tmp>/quire-bench-corpora/<format>-seed<S>-<N>, so that reruns of the
// benchmark reuse them. A corpus is generated into a temporary folder and renamed into place when
// complete, so an interrupted run never leaves a half-written corpus to be reused. Measurements that
// edit posts work on a copy: the cached corpus is only ever read.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS_FORMAT, generateCorpus } from './corpus.mjs';

export const corporaDir = path.join(os.tmpdir(), 'quire-bench-corpora');
const STATS_FILE = 'corpus.json';

/** The folder of the corpus of `posts` posts for `seed`, generated first if it is not cached. */
export function ensureCorpus({ posts, seed, log }) {
  const dir = path.join(corporaDir, `v${CORPUS_FORMAT}-seed${seed}-${posts}`);
  if (existsSync(path.join(dir, STATS_FILE))) {
    const stats = JSON.parse(readFileSync(path.join(dir, STATS_FILE), 'utf8'));
    log(`corpus: ${posts} posts, cached in ${dir}`);
    return { dir, stats };
  }
  mkdirSync(corporaDir, { recursive: true });
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  log(`corpus: generating ${posts} posts (seed ${seed}) in ${dir}`);
  const started = performance.now();
  const stats = generateCorpus({ posts, outDir: partial, seed });
  writeFileSync(path.join(partial, STATS_FILE), `${JSON.stringify(stats)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  log(`corpus: ${stats.bytes} bytes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, stats };
}
