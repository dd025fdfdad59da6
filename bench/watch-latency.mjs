#!/usr/bin/env node
// Watch latency: how long from saving a post to its rebuilt page being on disk.
// Usage: npm run build && node bench/watch-latency.mjs CORPUS_DIR [--edits 7]
// Copies nothing: it edits CORPUS_DIR/posts in place and restores each post afterwards. It starts
// `quire watch CORPUS_DIR --out <tmp>`, then (1) appends a sentence to a post's body and waits until its
// page contains it, and (2) changes a post's title and waits until its page shows it.
// Prints the medians of the wall time measured from outside and of quire's own rebuild time.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureWatchLatency } from './lib/watch-latency.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { edits: { type: 'string', default: '7' } } });
const corpus = path.resolve(positionals[0] ?? '.');
const bin = fileURLToPath(new URL('../bin/quire.js', import.meta.url));
const outDir = mkdtempSync(path.join(os.tmpdir(), 'quire-watch-bench-'));
try {
  const result = await measureWatchLatency({ bin, site: corpus, outDir, edits: Number(values.edits) });
  console.log(
    JSON.stringify({
      corpus,
      posts: readdirSync(path.join(corpus, 'posts')).filter((name) => name.endsWith('.md')).length,
      firstBuildMs: result.firstBuildMs,
      bodyEditMedianMs: Math.round(result.bodyEditMedianMs),
      bodyEditQuireMedianMs: result.bodyEditQuireMedianMs,
      titleEditMedianMs: Math.round(result.titleEditMedianMs),
      titleEditQuireMedianMs: result.titleEditQuireMedianMs,
      body: result.body.map(Math.round),
      bodyQuire: result.bodyQuire,
      title: result.title.map(Math.round),
      titleQuire: result.titleQuire,
    }),
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
