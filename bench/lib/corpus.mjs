// Writes a benchmark site: posts/<yyyy>-<mm>-<dd>-<slug>.md, data/authors.yaml and quire.config.yaml.
// The same (posts, seed) gives byte-identical files on any machine.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPost, slugifyTitle } from './post.mjs';
import { createRandom } from './random.mjs';
import { AUTHORS, NOUNS, PLACES } from './vocabulary.mjs';

/** Changes whenever the generator's output changes, so cached corpora of an older format are not reused. */
export const CORPUS_FORMAT = 1;

const CONFIG = `# Benchmark site written by bench/gen-corpus.mjs. Every page kind, feed and the sitemap are built.
title: "Field Notes: a benchmark blog"
description: Twelve years of notes on gardens, kitchens, trains and software, by twenty people.
baseUrl: https://bench.example.org/
author: ada
language: en
timezone: Europe/Berlin
perPage: 10
feed:
  limit: 20
  content: full
`;

function createAuthorsYaml(random) {
  return AUTHORS.map(([id, name]) => {
    const bio = `Writes about the ${random.pick(NOUNS)} and the ${random.pick(NOUNS)} from ${random.pick(PLACES)}.`;
    return `${id}:\n  name: "${name.replace(/"/g, '\\"')}"\n  bio: "${bio}"\n  url: https://${id}.example.net/\n`;
  }).join('\n');
}

/**
 * Generates a corpus of `posts` posts into `outDir` (its posts/ folder is replaced). Returns counts of
 * what was written: posts, bytes of Markdown, words, posts with code and with tables.
 */
export function generateCorpus({ posts, outDir, seed = 1 }) {
  const random = createRandom(seed);
  const postsDir = path.join(outDir, 'posts');
  rmSync(postsDir, { recursive: true, force: true });
  mkdirSync(postsDir, { recursive: true });
  mkdirSync(path.join(outDir, 'data'), { recursive: true });
  writeFileSync(path.join(outDir, 'quire.config.yaml'), CONFIG);
  writeFileSync(path.join(outDir, 'data', 'authors.yaml'), createAuthorsYaml(random));

  const fileNames = [];
  const slugs = new Set();
  const stats = { posts, bytes: 0, words: 0, withCode: 0, withTable: 0 };
  for (let i = 0; i < posts; i++) {
    const post = createPost(random, () => (fileNames.length > 0 ? random.pick(fileNames) : undefined));
    // Slugs are unique over the whole corpus, so /posts/<slug>/ never collides.
    const base = slugifyTitle(post.title);
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    if (/\{\{|\{%|\{#/.test(post.text)) throw new Error(`a template delimiter leaked into post ${i}`);
    const fileName = `${post.ymd}-${slug}.md`;
    writeFileSync(path.join(postsDir, fileName), post.text);
    fileNames.push(fileName);
    stats.bytes += Buffer.byteLength(post.text);
    stats.words += post.words;
    if (post.text.includes('\n```')) stats.withCode++;
    if (post.text.includes('\n| --- |')) stats.withTable++;
  }
  return stats;
}
