// Builds of quire's real CLI, `node bin/quire.js build SITE --out OUT`, timed and with peak memory.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runMeasured } from './process-tree.mjs';

// A fixed "now" keeps every build of a corpus publishing the same posts, whatever the date.
const NOW = '2030-01-01T00:00:00Z';

/**
 * Which cache flags `quire build --help` lists: the benchmark measures cached rebuilds only once the
 * CLI has a `--cache <dir>` option, and turns the cache off for cold builds when `--no-cache` exists.
 */
export function detectCacheFlags(bin) {
  const help = spawnSync(process.execPath, [bin, 'build', '--help'], { encoding: 'utf8' }).stdout;
  return { cache: /(^|[\s,])--cache(?![\w-])/m.test(help), noCache: /--no-cache(?![\w-])/.test(help) };
}

/** Runs one build; throws with quire's output when it does not exit 0. */
export async function runQuireBuild(bin, site, outDir, extraArgs = []) {
  const run = await runMeasured(process.execPath, [bin, 'build', site, '--out', outDir, '--now', NOW, ...extraArgs]);
  if (run.status !== 0) throw new Error(`quire build ${site} exited ${run.status}:\n${run.output}`);
  const pages = /Built (\d+) pages/.exec(run.output);
  return { ...run, pages: pages ? Number(pages[1]) : undefined };
}

/**
 * A cold build: no output and no cache left from an earlier build. With a cache but no `--no-cache`
 * flag, the build gets an empty cache folder of its own so it never writes into the corpus.
 */
export async function runColdBuild({ bin, flags, site, workDir }) {
  const outDir = path.join(workDir, 'cold-out');
  const cacheDir = path.join(workDir, 'cold-cache');
  for (const dir of [outDir, cacheDir, path.join(site, '.quire-cache')]) rmSync(dir, { recursive: true, force: true });
  const args = flags.noCache ? ['--no-cache'] : flags.cache ? ['--cache', cacheDir] : [];
  const run = await runQuireBuild(bin, site, outDir, args);
  rmSync(cacheDir, { recursive: true, force: true });
  return run;
}

/**
 * With `--cache DIR`: a build that fills an empty cache, a rebuild with nothing changed, and a rebuild
 * after one post's body changed (into the same output folder). `site` is a copy the caller owns; the
 * post is put back afterwards. `round` picks which post is edited.
 */
export async function runCachedRebuilds({ bin, site, workDir, round }) {
  const outDir = path.join(workDir, 'cached-out');
  const cacheDir = path.join(workDir, 'cache');
  for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
  const args = ['--cache', cacheDir];
  const fill = await runQuireBuild(bin, site, outDir, args);
  const unchanged = await runQuireBuild(bin, site, outDir, args);
  const posts = readdirSync(path.join(site, 'posts')).filter((name) => name.endsWith('.md')).sort();
  const file = path.join(site, 'posts', posts[(round * 97) % posts.length]);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nA paragraph added for rebuild round ${round + 1}.\n`);
  try {
    const onePost = await runQuireBuild(bin, site, outDir, args);
    return { fill, unchanged, onePost };
  } finally {
    writeFileSync(file, original);
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
