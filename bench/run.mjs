#!/usr/bin/env node
// The benchmark behind `npm run bench` (which builds quire first). For each corpus size it measures
// quire's real CLI: cold build, cached rebuilds (once `build --help` lists --cache), watch latency and
// peak memory of the process tree, side by side with Hugo and the bare-pipeline floor on the same corpus.
// Prints a table and writes bench/results.json. Run `node bench/run.mjs --help` for the flags.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './lib/corpus-cache.mjs';
import { findPeer, PEER_NAMES, preparePeer, runPeerBuild } from './lib/peers.mjs';
import { detectCacheFlags, runCachedRebuilds, runColdBuild } from './lib/quire-runs.mjs';
import { describeMachine, formatTable, METRICS, toMiB } from './lib/report.mjs';
import { measureWatchLatency, median } from './lib/watch-latency.mjs';

const HELP = `Usage: npm run bench -- [options]      (or: npm run build && node bench/run.mjs [options])

  --sizes 1000,10000  corpus sizes in posts (default 1000,10000)
  --huge              also 100,000 posts
  --runs N            cold builds per tool and size, median reported (default 3 below 10,000 posts, else 1)
  --edits N           watch edits of each kind (default 5 below 10,000 posts, 3 below 100,000, else 1)
  --seed S            corpus seed (default 1)
  --peers LIST        yardsticks to run: ${PEER_NAMES.join(',')} (default hugo,floor)
  --no-peers          quire only
  --no-watch          skip the watch measurements
  --results FILE      where to write the results (default bench/results.json)

Corpora are cached in ${path.join(os.tmpdir(), 'quire-bench-corpora')}.`;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(repoRoot, 'bin', 'quire.js');
const log = (message) => console.error(`bench: ${message}`);

function readOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      huge: { type: 'boolean', default: false },
      runs: { type: 'string' },
      edits: { type: 'string' },
      seed: { type: 'string', default: '1' },
      peers: { type: 'string', default: 'hugo,floor' },
      'no-peers': { type: 'boolean', default: false },
      'no-watch': { type: 'boolean', default: false },
      results: { type: 'string', default: path.join(repoRoot, 'bench', 'results.json') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map(Number);
  if (values.huge) sizes.push(100_000);
  const peers = values['no-peers'] ? [] : values.peers.split(',').filter(Boolean);
  const unknown = peers.filter((peer) => !PEER_NAMES.includes(peer));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || unknown.length > 0) {
    console.error(`${unknown.length > 0 ? `unknown peer: ${unknown.join(', ')}\n` : ''}${HELP}`);
    process.exit(2);
  }
  return {
    sizes: [...new Set(sizes)],
    runsFor: (size) => Number(values.runs ?? (size < 10_000 ? 3 : 1)),
    editsFor: (size) => Number(values.edits ?? (size < 10_000 ? 5 : size < 100_000 ? 3 : 1)),
    seed: Number(values.seed),
    peers,
    watch: !values['no-watch'],
    resultsFile: path.resolve(values.results),
  };
}

/** The ../shared folder next to the repository, when there is one. */
function findSharedDir() {
  const dir = path.resolve(repoRoot, '..', 'shared');
  return existsSync(path.join(dir, 'bench')) ? dir : undefined;
}

/** quire's version, and the commit measured when the repository is a git checkout. */
function describeQuire(flags) {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  return { version, commit: git.status === 0 ? git.stdout.trim() : null, cacheFlags: flags };
}

/** Runs every measurement of one corpus size and returns its entry of results.json. */
async function benchSize({ size, options, flags, peers, sharedDir, workRoot }) {
  const corpus = ensureCorpus({ posts: size, seed: options.seed, log });
  const workDir = path.join(workRoot, String(size));
  mkdirSync(workDir, { recursive: true });
  const runs = options.runsFor(size);
  const cold = await measureColdBuilds({ corpus, runs, flags, peers, sharedDir, workDir });
  // Edits go to a copy of the corpus, so that the cached corpus is never changed. The copy keeps the
  // files' times, like a writer's site: files saved just before a build are read again by the next one
  // (the cache does not trust the time of a file changed within two seconds of reading it).
  const site = path.join(workDir, 'site');
  cpSync(corpus.dir, site, { recursive: true, preserveTimestamps: true });
  const cached = flags.cache ? await measureCachedRebuilds({ site, runs, workDir }) : undefined;
  let watch;
  if (options.watch) {
    const edits = options.editsFor(size);
    log(`${size} posts: watch latency, ${edits} body and ${edits} title edits`);
    watch = await measureWatchLatency({ bin, site, outDir: path.join(workDir, 'watch-out'), edits });
  }
  rmSync(workDir, { recursive: true, force: true });
  return { posts: size, corpusBytes: corpus.stats.bytes, runs, ...summarize({ size, cold, cached, watch, peers }) };
}

/**
 * Cold builds of quire and each peer, taking turns within each round, so that a slow spell of a shared
 * machine is spread over every tool rather than landing on one. Returns samples by tool.
 */
async function measureColdBuilds({ corpus, runs, flags, peers, sharedDir, workDir }) {
  const tools = ['quire', ...peers.map((peer) => peer.name)];
  const samples = Object.fromEntries(tools.map((tool) => [tool, { coldBuildMs: [], coldBuildPeakRssMiB: [], pages: [] }]));
  const peerDir = (name) => path.join(workDir, name);
  for (const peer of peers) preparePeer(peer.name, { sharedDir, corpusDir: corpus.dir, workDir: peerDir(peer.name) });
  for (let round = 0; round < runs; round++) {
    for (const tool of tools) {
      log(`${corpus.stats.posts} posts: cold build ${round + 1}/${runs}, ${tool}`);
      const run =
        tool === 'quire'
          ? await runColdBuild({ bin, flags, site: corpus.dir, workDir })
          : await runPeerBuild(tool, { sharedDir, corpusDir: corpus.dir, workDir: peerDir(tool), repoRoot });
      if (run.status !== 0) throw new Error(`${tool} exited ${run.status}:\n${run.output}`);
      samples[tool].coldBuildMs.push(Math.round(run.wallMs));
      samples[tool].coldBuildPeakRssMiB.push(toMiB(run.peakRssBytes));
      samples[tool].pages.push(run.pages);
      log(`  ${(run.wallMs / 1000).toFixed(2)} s, ${toMiB(run.peakRssBytes)} MiB, ${run.pages} pages`);
    }
  }
  for (const peer of peers) rmSync(peerDir(peer.name), { recursive: true, force: true });
  return samples;
}

/** Cached builds of the site copy: filling the cache, nothing changed, one post changed. */
async function measureCachedRebuilds({ site, runs, workDir }) {
  const samples = { cacheFillBuildMs: [], rebuildUnchangedMs: [], rebuildOnePostMs: [] };
  for (let round = 0; round < runs; round++) {
    log(`cached rebuilds ${round + 1}/${runs}`);
    const { fill, unchanged, onePost } = await runCachedRebuilds({ bin, site, workDir, round });
    samples.cacheFillBuildMs.push(Math.round(fill.wallMs));
    samples.rebuildUnchangedMs.push(Math.round(unchanged.wallMs));
    samples.rebuildOnePostMs.push(Math.round(onePost.wallMs));
  }
  return samples;
}

const roundedMedian = (values) => (values.length === 0 ? null : Math.round(median(values)));
const ratio = (quire, peer) => (quire && peer ? Number((quire / peer).toFixed(2)) : null);

/** Medians of every metric (null where not measured), ratios quire/peer, the samples and notes. */
function summarize({ size, cold, cached, watch, peers }) {
  const metrics = {};
  for (const metric of METRICS) if (watch || !metric.needsWatch) metrics[metric.key] = { quire: null };
  for (const [tool, samples] of Object.entries(cold)) {
    metrics.coldBuildMs[tool] = roundedMedian(samples.coldBuildMs);
    metrics.coldBuildPeakRssMiB[tool] = roundedMedian(samples.coldBuildPeakRssMiB);
  }
  const notes = {};
  for (const metric of METRICS.filter((m) => m.needsCache)) {
    if (cached) metrics[metric.key].quire = roundedMedian(cached[metric.key]);
    else notes[metric.key] = 'n/a (no --cache yet)';
  }
  if (watch) {
    metrics.watchFirstBuildMs.quire = watch.firstBuildMs;
    metrics.watchBodyEditMs.quire = Math.round(watch.bodyEditMedianMs);
    metrics.watchTitleEditMs.quire = Math.round(watch.titleEditMedianMs);
    metrics.watchPeakRssMiB.quire = toMiB(watch.peakRssBytes);
  }
  const ratios = {};
  for (const { key } of METRICS.filter((m) => m.peers)) {
    ratios[key] = Object.fromEntries(peers.map((peer) => [peer.name, ratio(metrics[key].quire, metrics[key][peer.name])]));
  }
  for (const peer of peers) {
    const pages = cold[peer.name].pages.at(-1);
    if (pages !== size + 1) notes[`${peer.name}Pages`] = `${peer.name} wrote ${pages} index.html pages, expected ${size + 1}`;
  }
  const watchSamples = watch && {
    watchBodyEditMs: watch.body.map(Math.round),
    watchBodyEditQuireReportedMs: watch.bodyQuire,
    watchTitleEditMs: watch.title.map(Math.round),
    watchTitleEditQuireReportedMs: watch.titleQuire,
  };
  const samples = { ...cold, quire: { ...cold.quire, ...cached, ...watchSamples } };
  return { watchEdits: watch ? watch.body.length : 0, metrics, ratios, samples, notes };
}

async function main() {
  const options = readOptions();
  const flags = detectCacheFlags(bin);
  log(`quire build ${flags.cache ? 'has' : 'has no'} --cache${flags.noCache ? ' and --no-cache' : ''}`);
  const sharedDir = findSharedDir();
  if (!sharedDir && options.peers.length > 0) log('no ../shared folder next to the repository: peers and floor skipped');
  const found = options.peers.map((name) => findPeer(name, sharedDir));
  for (const peer of found) log(peer.available ? `peer ${peer.name}: ${peer.version ?? 'found'}` : `peer ${peer.name} skipped: ${peer.reason}`);
  const peers = found.filter((peer) => peer.available);

  const workRoot = mkdtempSync(path.join(os.tmpdir(), 'quire-bench-'));
  const removeWork = () => rmSync(workRoot, { recursive: true, force: true });
  process.once('SIGINT', () => {
    removeWork();
    process.exit(130);
  });
  const results = {
    machine: describeMachine(),
    quire: describeQuire(flags),
    seed: options.seed,
    peers: Object.fromEntries(found.map((peer) => [peer.name, peer.available ? { version: peer.version ?? null } : { skipped: peer.reason }])),
    sizes: {},
  };
  try {
    for (const size of options.sizes) results.sizes[size] = await benchSize({ size, options, flags, peers, sharedDir, workRoot });
  } finally {
    removeWork();
  }
  results.machine.loadAverageAtEnd = os.loadavg().map((load) => Number(load.toFixed(2)));
  console.log(formatTable(results, options.peers));
  for (const result of Object.values(results.sizes)) {
    for (const [key, note] of Object.entries(result.notes)) if (key.endsWith('Pages')) console.log(`note: ${note}`);
  }
  writeFileSync(options.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const shown = path.relative(process.cwd(), options.resultsFile);
  log(`results written to ${shown.startsWith('..') ? options.resultsFile : shown}`);
}

await main();
