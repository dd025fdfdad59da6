#!/usr/bin/env node
// Generates a seeded, deterministic blog corpus for benchmarks.
// Usage: node bench/gen-corpus.mjs --posts N --out DIR [--seed S]
// Writes DIR/posts/<yyyy>-<mm>-<dd>-<slug>.md (about 9-10 KB each), DIR/data/authors.yaml and
// DIR/quire.config.yaml. The same N and seed give byte-identical files.
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.mjs';

const usage = 'Usage: node bench/gen-corpus.mjs --posts N --out DIR [--seed S]';
let values;
try {
  ({ values } = parseArgs({ options: { posts: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const posts = Number(values.posts);
const seed = Number(values.seed);
if (!Number.isInteger(posts) || posts < 1 || !values.out || !Number.isInteger(seed)) {
  console.error(usage);
  process.exit(2);
}
const stats = generateCorpus({ posts, outDir: values.out, seed });
console.log(
  `gen-corpus: ${stats.posts} posts in ${values.out} (${stats.bytes} bytes, ${stats.words} words, ` +
    `${stats.withCode} with code, ${stats.withTable} with tables, seed ${seed})`,
);
