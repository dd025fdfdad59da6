#!/usr/bin/env node
// What build-time syntax highlighting costs: renders every post body of a corpus with quire's Markdown
// pipeline with and without highlighting, alternating, and prints the medians.
// Usage: npm run build && node bench/highlight-cost.mjs CORPUS_DIR   (a folder with posts/*.md)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMarkdownRenderer } from '../lib/parse/markdown.js';

const postsDir = path.join(process.argv[2] ?? '.', 'posts');
const bodies = readdirSync(postsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(path.join(postsDir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
const context = { sourcePath: 'posts/x.md', basePath: '/', urlOfSource: () => undefined };
const time = (highlight) => {
  const render = createMarkdownRenderer({ highlight });
  const started = performance.now();
  for (const body of bodies) render(body, context);
  return performance.now() - started;
};
time(true);
time(false);
const off = [];
const on = [];
for (let round = 0; round < 9; round++) {
  off.push(time(false));
  on.push(time(true));
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fences = bodies.join('\n').match(/^```\w+/gm)?.length ?? 0;
console.log(
  JSON.stringify({ posts: bodies.length, fencedBlocks: fences, withoutMs: Math.round(median(off)), withMs: Math.round(median(on)), costPercent: Math.round((median(on) / median(off) - 1) * 100) }),
);
