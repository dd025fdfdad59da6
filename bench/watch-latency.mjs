#!/usr/bin/env node
// Watch latency: how long from saving a post to its rebuilt page being on disk.
// Usage: npm run build && node bench/watch-latency.mjs CORPUS_DIR [--edits 7]
// Copies nothing: it edits CORPUS_DIR/posts in place and restores each post afterwards. It starts
// `quire watch CORPUS_DIR --out <tmp>`, then (1) appends a sentence to a post's body and waits until its
// page contains it, and (2) changes a post's title and waits until the home page and its page show it.
// Prints the medians of the wall time measured from outside and of quire's own rebuild time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { edits: { type: 'string', default: '7' } } });
const corpus = path.resolve(positionals[0] ?? '.');
const edits = Number(values.edits);
const bin = fileURLToPath(new URL('../bin/quire.js', import.meta.url));
const out = mkdtempSync(path.join(os.tmpdir(), 'quire-watch-bench-'));
const child = spawn(process.execPath, [bin, 'watch', corpus, '--out', out, '--now', '2030-01-01'], { stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
child.stdout.on('data', (chunk) => (log += chunk));
child.stderr.on('data', (chunk) => (log += chunk));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check, timeoutMs = 120_000) => {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out; log:\n${log.slice(-2000)}`);
    await sleep(2);
  }
  return performance.now() - started;
};
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

const coldStarted = performance.now();
await until(() => /Watching/.test(log), 900_000);
const coldMs = performance.now() - coldStarted;
const posts = readdirSync(path.join(corpus, 'posts')).filter((name) => name.endsWith('.md')).sort();
const slugOf = (name) => name.replace(/\.md$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
const rebuildTimes = () => [...log.matchAll(/wrote \d+ files(?:, removed \d+)? in (\d+) ms/g)].map((m) => Number(m[1]));

const result = { corpus, posts: posts.length, firstBuildMs: Math.round(coldMs), body: [], bodyQuire: [], title: [], titleQuire: [] };
for (let i = 0; i < edits; i++) {
  const name = posts[(i * 97) % posts.length];
  const file = path.join(corpus, 'posts', name);
  const original = readFileSync(file, 'utf8');
  const page = path.join(out, 'posts', slugOf(name), 'index.html');
  const marker = `Latency marker ${i} ${Date.now()}.`;
  await sleep(300);
  const before = rebuildTimes().length;
  writeFileSync(file, `${original}\n${marker}\n`);
  result.body.push(await until(() => read(page).includes(marker)));
  await until(() => rebuildTimes().length > before);
  result.bodyQuire.push(rebuildTimes().at(-1));
  // Take the marker out again before the title edit (and wait for that rebuild).
  const beforeUndo = rebuildTimes().length;
  writeFileSync(file, original);
  await until(() => rebuildTimes().length > beforeUndo);

  await sleep(300);
  const title = `Latency title ${i} ${Date.now()}`;
  const beforeTitle = rebuildTimes().length;
  const started = performance.now();
  writeFileSync(file, original.replace(/^title: .*$/m, `title: "${title}"`));
  await until(() => rebuildTimes().length > beforeTitle && read(page).includes(title));
  result.title.push(performance.now() - started);
  result.titleQuire.push(rebuildTimes().at(-1));
  // Put the post back and wait for that rebuild too, so that it does not delay the next measurement.
  const beforeRestore = rebuildTimes().length;
  writeFileSync(file, original);
  await until(() => rebuildTimes().length > beforeRestore);
}
child.kill('SIGINT');
await new Promise((resolve) => child.on('exit', resolve));
rmSync(out, { recursive: true, force: true });
console.log(
  JSON.stringify({
    corpus: result.corpus,
    posts: result.posts,
    firstBuildMs: result.firstBuildMs,
    bodyEditMedianMs: Math.round(median(result.body)),
    bodyEditQuireMedianMs: median(result.bodyQuire),
    titleEditMedianMs: Math.round(median(result.title)),
    titleEditQuireMedianMs: median(result.titleQuire),
  }),
);
