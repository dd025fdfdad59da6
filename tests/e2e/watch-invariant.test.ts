import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import type { FileChange } from '../../src/watch/classify-change.js';
import type { FileWatcher } from '../../src/watch/file-watcher.js';
import { startWatchSession } from '../../src/watch/watch-session.js';
import { makeTempDir, repoRoot } from '../helpers/run-cli.js';
import { hashTree } from '../helpers/tree.js';

/**
 * The invariant of watch mode: after any sequence of edits, once the session has settled, its output
 * folder is byte-identical to a clean build of the same files. Edits go to disk and are reported to the
 * real session through a fake watcher. QUIRE_WATCH_STEPS sets the number of edit steps (default 300).
 */
const totalSteps = Number(process.env.QUIRE_WATCH_STEPS ?? 300);
const now = Date.UTC(2026, 10, 27);

type Edit =
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
const edit: fc.Arbitrary<Edit> = fc.oneof(
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

interface PostFields {
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
function applyEdit(site: string, posts: Map<number, PostFields>, e: Edit, step: number): FileChange[] {
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

function fakeWatcher() {
  let push: (change: FileChange) => void = () => {};
  const watchFiles = (_root: string, _excluded: readonly string[], onChange: (c: FileChange) => void): FileWatcher => {
    push = onChange;
    return { ready: Promise.resolve(), close: async () => {} };
  };
  return { watchFiles, push: (change: FileChange) => push(change) };
}

describe('watch invariant', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  let run = 0;
  /** Applies edits one by one through a watch session and compares with a clean build after each. */
  const checkEdits = async (edits: readonly Edit[]) => {
    const site = path.join(temp.dir, `run-${run++}`);
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    cpSync(path.join(repoRoot, 'examples/blog/static/favicon.svg'), path.join(site, 'static/favicon.svg'));
    const posts = new Map<number, PostFields>();
    for (let i = 0; i < 3; i++) {
      posts.set(i, { title: `Post ${i}`, day: i + 1, tags: ['one'], draft: false, body: 'Start.' });
      writeFileSync(path.join(site, `posts/post-${i}.md`), postText(posts.get(i)!));
    }
    writeFileSync(path.join(site, 'quire.config.yaml'), 'title: Invariant\nbaseUrl: https://example.org/\nperPage: 2\n');
    const watcher = fakeWatcher();
    const session = await startWatchSession(site, { now, debounceMs: 1, watchFiles: watcher.watchFiles });
    try {
      for (const [step, e] of edits.entries()) {
        for (const change of applyEdit(site, posts, e, step)) watcher.push(change);
        await new Promise((r) => setTimeout(r, 3));
        await session.idle();
        const clean = path.join(temp.dir, `clean-${run}`);
        const result = await build(site, { now, outDir: clean });
        if (result.ok) {
          expect(hashTree(path.join(site, 'dist')), `after ${JSON.stringify(edits.slice(0, step + 1))}`).toEqual(hashTree(clean));
        }
        rmSync(clean, { recursive: true, force: true });
      }
    } finally {
      await session.close();
      rmSync(site, { recursive: true, force: true });
    }
  };

  it(`incremental output equals a clean build after every step (${totalSteps} steps)`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 10, maxLength: 10 }), checkEdits), {
      numRuns: Math.max(1, Math.round(totalSteps / 10)),
      seed: Number(process.env.QUIRE_WATCH_SEED ?? 20261127),
    });
  }, 600_000);

  it('rewrites a page whose link leads nowhere after the post it linked to was renamed', async () => {
    await checkEdits([
      { kind: 'add', n: 3, tags: [], day: 2 },
      { kind: 'add', n: 4, tags: [], day: 3 },
      { kind: 'layout', text: 'alpha' },
      { kind: 'rename', n: 0, to: 5 },
    ]);
  });
});
