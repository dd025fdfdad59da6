import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { build } from '../../src/build/build.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { siteTree, type SiteTree } from '../helpers/site-arbitraries.js';
import { hashTree } from '../helpers/tree.js';

/**
 * Builds generated sites: hostile front matter, Markdown bodies, file names and folder trees. A bounded
 * number of cases in `npm test`; QUIRE_FUZZ_RUNS=5000 npx vitest run tests/e2e/fuzz-build.test.ts for a
 * long run.
 */
const numRuns = Number(process.env.QUIRE_FUZZ_RUNS ?? 40);

/** Writes the tree; a name the file system refuses is left out, as a user could not create it either. */
function writeSite(site: string, tree: SiteTree): void {
  const put = (folder: string, parts: readonly string[], name: string, bytes: Buffer) => {
    try {
      const dir = path.join(site, folder, ...parts);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, name), bytes, { flag: 'wx' });
    } catch {
      // EEXIST (a folder and a file of one name), ENAMETOOLONG...
    }
  };
  mkdirSync(path.join(site, 'posts'), { recursive: true });
  for (const file of tree.posts) put('posts', file.folder, file.name, file.bytes);
  for (const file of tree.pages) put('pages', file.folder, file.name, file.bytes);
  for (const file of tree.staticFiles) put('static', file.folder, file.name, file.bytes);
  if (tree.authors) put('data', [], 'authors.yaml', tree.authors);
}

/** Every path under `dir`, with symbolic links reported as such. */
function entries(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => (lstatSync(path.join(dir, p)).isSymbolicLink() ? `${p} -> link` : p)).sort();
}

describe('builds of generated sites', () => {
  const temp = makeTempDir('quire-fuzz-');
  afterAll(() => temp.cleanup());
  let counter = 0;

  test.prop([siteTree], { numRuns })(
    'never throw, give every diagnostic a file and a line, and write nothing outside the output folder',
    async (tree) => {
      const name = String(counter++);
      const root = path.join(temp.dir, name);
      const site = path.join(root, 'site');
      const out = path.join(root, 'out');
      writeSite(site, tree);
      const siteBefore = hashTree(site);
      try {
        const result = await build(site, { outDir: out, now: Date.UTC(2025, 0, 1) });
        expect([0, 1]).toContain(result.exitCode);
        for (const d of result.diagnostics) {
          expect(d.file, `${d.code} ${d.message}`).toBeTruthy();
          // A static file is not text: what is said about it (its name) has no line.
          if (d.file!.startsWith('static/')) continue;
          expect(d.line, `${d.file} ${d.code} ${d.message}`).toBeGreaterThan(0);
          expect(d.column, `${d.file} ${d.code} ${d.message}`).toBeGreaterThan(0);
        }
        expect(hashTree(site)).toEqual(siteBefore);
        expect(readdirSync(root).sort()).toEqual(result.ok ? ['out', 'site'] : ['site']);
        expect(readdirSync(temp.dir)).toEqual([name]);
        if (result.ok) {
          expect(existsSync(path.join(out, '.quire-output'))).toBe(true);
          expect(entries(out).filter((p) => p.endsWith('-> link'))).toEqual([]);
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    // A case takes about 50 ms; a long run gets the time it needs.
    Math.max(30_000, numRuns * 500),
  );
});
