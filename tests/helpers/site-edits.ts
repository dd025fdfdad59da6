import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { build, type BuildResult } from '../../src/build/build.js';
import type { FileChange } from '../../src/watch/classify-change.js';
import { repoRoot } from './run-cli.js';
import { hashTree } from './tree.js';

/**
 * Random edits of a small site, as a writer makes them (posts added, edited, retagged, redated,
 * drafted, deleted, renamed; a partial, a layout, data, the config or a static file changed), for the
 * invariants of incremental builds: after any sequence of them, the output equals a clean build.
 */
export type Edit =
  | { kind: 'add'; n: number; tags: string[]; day: number }
  | { kind: 'body'; n: number; text: string }
  | { kind: 'title'; n: number; title: string }
  | { kind: 'date'; n: number; day: number }
  | { kind: 'tags'; n: number; tags: string[] }
  | { kind: 'draft'; n: number; draft: boolean }
  | { kind: 'delete'; n: number }
  | { kind: 'rename'; n: number; to: number }
  | { kind: 'partial'; text: string }
  | { kind: 'layout'; text: string }
  | { kind: 'data'; text: string }
  | { kind: 'config'; perPage: number }
  | { kind: 'static'; text: string };

const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'café', 'Ünïcode', 'x');
const tagList = fc.uniqueArray(fc.constantFrom('one', 'two', 'three', 'four'), { maxLength: 3 });
const n = fc.integer({ min: 0, max: 7 });
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), n, tags: tagList, day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ kind: fc.constant('body' as const), n, text: fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')) }),
  fc.record({ kind: fc.constant('title' as const), n, title: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) }),
  fc.record({ kind: fc.constant('date' as const), n, day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ kind: fc.constant('tags' as const), n, tags: tagList }),
  fc.record({ kind: fc.constant('draft' as const), n, draft: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), n }),
  fc.record({ kind: fc.constant('rename' as const), n, to: n }),
  fc.record({ kind: fc.constant('partial' as const), text: word }),
  fc.record({ kind: fc.constant('layout' as const), text: word }),
  fc.record({ kind: fc.constant('data' as const), text: word }),
  fc.record({ kind: fc.constant('config' as const), perPage: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('static' as const), text: word }),
);

export interface PostFields {
  title: string;
  day: number;
  tags: string[];
  draft: boolean;
  body: string;
}

function postText(p: PostFields): string {
  return `---\ntitle: "${p.title}"\ndate: 2024-03-${String(p.day).padStart(2, '0')}\ntags: [${p.tags.join(', ')}]\ndraft: ${p.draft}\n---\nFirst paragraph of ${p.title}.\n\n${p.body}\n\nSee [the first post](./post-0.md).\n`;
}

/** Applies an edit to the site on disk and returns the changes a watcher would report. */
export function applyEdit(site: string, posts: Map<number, PostFields>, e: Edit, step: number): FileChange[] {
  const postPath = (i: number) => `posts/post-${i}.md`;
  const write = (rel: string, text: string, event: FileChange['event']): FileChange[] => {
    mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
    writeFileSync(path.join(site, rel), text);
    return [{ path: rel, event }];
  };
  const update = (i: number, change: Partial<PostFields>): FileChange[] => {
    const current = posts.get(i);
    if (!current) return [];
    const next = { ...current, ...change };
    posts.set(i, next);
    return write(postPath(i), postText(next), 'change');
  };
  switch (e.kind) {
    case 'add': {
      const existed = posts.has(e.n);
      posts.set(e.n, { title: `Post ${e.n} v${step}`, day: e.day, tags: e.tags, draft: false, body: `Body ${step}.` });
      return write(postPath(e.n), postText(posts.get(e.n)!), existed ? 'change' : 'add');
    }
    case 'body':
      return update(e.n, { body: e.text });
    case 'title':
      return update(e.n, { title: e.title });
    case 'date':
      return update(e.n, { day: e.day });
    case 'tags':
      return update(e.n, { tags: e.tags });
    case 'draft':
      return update(e.n, { draft: e.draft });
    case 'delete':
      if (!posts.has(e.n)) return [];
      posts.delete(e.n);
      rmSync(path.join(site, postPath(e.n)));
      return [{ path: postPath(e.n), event: 'unlink' }];
    case 'rename': {
      const current = posts.get(e.n);
      if (!current || e.to === e.n) return [];
      const existed = posts.has(e.to);
      renameSync(path.join(site, postPath(e.n)), path.join(site, postPath(e.to)));
      posts.delete(e.n);
      posts.set(e.to, current);
      return [{ path: postPath(e.n), event: 'unlink' }, { path: postPath(e.to), event: existed ? 'change' : 'add' }];
    }
    case 'partial':
      return write('templates/partials/footer.hbs', `<footer><p>Footer ${e.text} {{site.title}} {{data.extra.word}}</p></footer>\n`, 'change');
    case 'layout':
      return write('templates/layouts/tag.hbs', `{{#> base}}<h1>Tag {{tag.name}} ${e.text}</h1>{{#each posts}}<p><a href="{{url}}">{{title}}</a></p>{{/each}}{{/base}}\n`, 'change');
    case 'data':
      return write('data/extra.yaml', `word: ${e.text}\n`, 'change');
    case 'config':
      return write('quire.config.yaml', `title: Invariant\nbaseUrl: https://example.org/\nperPage: ${e.perPage}\n`, 'change');
    case 'static':
      return write('static/note.txt', `${e.text} ${step}\n`, 'change');
  }
}

/** A site of three posts, a static file and a config, as every edit sequence starts from. */
export function writeStartSite(site: string): Map<number, PostFields> {
  mkdirSync(path.join(site, 'posts'), { recursive: true });
  cpSync(path.join(repoRoot, 'examples/blog/static/favicon.svg'), path.join(site, 'static/favicon.svg'));
  const posts = new Map<number, PostFields>();
  for (let i = 0; i < 3; i++) {
    posts.set(i, { title: `Post ${i}`, day: i + 1, tags: ['one'], draft: false, body: 'Start.' });
    writeFileSync(path.join(site, `posts/post-${i}.md`), postText(posts.get(i)!));
  }
  writeFileSync(path.join(site, 'quire.config.yaml'), 'title: Invariant\nbaseUrl: https://example.org/\nperPage: 2\n');
  return posts;
}

/**
 * Builds `site` from scratch, without a cache, into `cleanDir` (removed after), and expects its
 * `dist/` to hold the same bytes whenever that build succeeds. `after` names the edits made so far.
 */
export async function expectCleanBuildEqual(site: string, cleanDir: string, now: number, after: readonly Edit[]): Promise<BuildResult> {
  try {
    const result = await build(site, { now, outDir: cleanDir });
    if (result.ok) expect(hashTree(path.join(site, 'dist')), `after ${JSON.stringify(after)}`).toEqual(hashTree(cleanDir));
    return result;
  } finally {
    rmSync(cleanDir, { recursive: true, force: true });
  }
}

/**
 * Start sites for edit sequences, each in a folder of its own under `dir`, with a folder beside it for
 * the clean builds it is compared with.
 */
export function startSites(dir: string): () => { site: string; posts: Map<number, PostFields>; cleanDir: string } {
  let run = 0;
  return () => {
    const site = path.join(dir, `run-${run}`);
    const cleanDir = path.join(dir, `clean-${run++}`);
    return { site, posts: writeStartSite(site), cleanDir };
  };
}
