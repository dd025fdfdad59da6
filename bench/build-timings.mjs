#!/usr/bin/env node
// One build of a site folder through the library, after `npm run build`, printing its stage timings
// as a line of JSON: node bench/build-timings.mjs SITE [--jobs N]. Run it under `/usr/bin/time -v` for
// the peak memory (render workers are threads of the same process). The output goes to a temporary
// folder, removed after the build and outside its timings.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../lib/index.js';

const { values, positionals } = parseArgs({ options: { jobs: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: node bench/build-timings.mjs SITE [--jobs N]');
  process.exit(2);
}
const outDir = mkdtempSync(path.join(os.tmpdir(), 'quire-timings-'));
try {
  const result = await build(positionals[0], {
    outDir: path.join(outDir, 'out'),
    now: Date.parse('2030-01-01T00:00:00Z'),
    ...(values.jobs ? { jobs: Number(values.jobs) } : {}),
  });
  if (!result.ok) throw new Error(`the build failed with exit code ${result.exitCode}`);
  const { durationMs, workers, timings, posts } = result;
  console.log(JSON.stringify({ posts, jobs: values.jobs ?? 'default', workers, durationMs, timings }));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
