import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot, runCli, type CliResult } from '../helpers/run-cli.js';
import { hashTree } from '../helpers/tree.js';

/** `file:line:col severity Code message` of every diagnostic printed, in order. */
function diagnosticLines(result: CliResult): string[] {
  return result.stderr.split('\n').filter((line) => /^\S+:\d+:\d+ (warning|error) [A-Z]\w+ /.test(line));
}

const expectedWarnings = [
  'pages/about.md:3:1 warning FrontMatterUnknownKey unknown front-matter key "drafts" (did you mean "draft"?)',
  'posts/2025-01-12-missing-link.md:3:1 warning FrontMatterUnknownKey unknown front-matter key "tittle" (did you mean "title"?)',
  'posts/2025-01-12-missing-link.md:8:5 warning BrokenLink /posts/missing/ does not exist (did you mean /posts/missing-link/?)',
  'posts/2025-01-12-missing-link.md:8:30 warning BrokenLink 2025-01-10-frist.md is not a published post or page (did you mean 2025-01-10-first.md?)',
  'posts/2025-01-12-missing-link.md:8:59 warning BrokenAnchor #setpu is not an anchor of /posts/first/ (did you mean #setup?)',
  'posts/2025-01-12-missing-link.md:9:5 warning ImageMissingAlt image /images/photo.png has no alt text',
  'posts/2025-01-12-missing-link.md:9:32 warning BrokenImage /images/chart.png does not exist (did you mean /images/photo.png?)',
  'posts/2025-01-12-missing-link.md:9:64 warning BrokenAnchor #usge is not an anchor of this page (did you mean #usage?)',
  'posts/2025-01-12-missing-link.md:12:1 warning ImageMissingAlt image /images/photo.png has no alt text',
  'posts/2025-01-14-first-again.md:2:8 warning DuplicateTitle title "First steps" is also the title of posts/2025-01-10-first.md',
  'posts/2025-01-14-first-again.md:3:1 warning FrontMatterUnknownKey unknown front-matter key "tag" (did you mean "tags"?)',
  'posts/2025-01-14-first-again.md:4:8 warning BrokenImage /images/cover.png does not exist (did you mean /images/photo.png?)',
  'posts/2025-07-01-later.md:3:7 warning FuturePostPublished post is dated 2025-07-01, after now, and is published only because of --future',
  'templates/partials/footer.hbs:2:62 warning BrokenLink /archiv/ does not exist (did you mean /archive/?)',
  "templates/partials/footer.hbs:3:14 warning BrokenLink /tags/ is outside the site's base path /blog/",
];
const asErrors = expectedWarnings.map((line) => line.replace(' warning ', ' error '));

describe('site checks: links, images, anchors, front matter, titles, future posts', () => {
  const temp = makeTempDir();
  const site = path.join(temp.dir, 'site');
  const out = path.join(temp.dir, 'out');
  const args = ['build', site, '--out', out, '--future', '--now', '2025-06-01'];
  let first: CliResult;
  let cached: CliResult;
  let strict: CliResult;
  let strictCached: CliResult;
  let before: Record<string, string>;

  beforeAll(() => {
    cpSync(path.join(repoRoot, 'tests/fixtures/warnings'), site, { recursive: true });
    first = runCli(args);
    before = hashTree(out);
    cached = runCli(args);
    strict = runCli([...args, '--strict', '--no-cache']);
    strictCached = runCli([...args, '--strict']);
  });
  afterAll(() => temp.cleanup());

  it('reports one warning per problem at its file:line:col, and still builds (exit 0)', () => {
    expect(diagnosticLines(first)).toEqual(expectedWarnings);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Built \d+ pages/);
    expect(before['posts/missing-link/index.html']).toBeDefined();
    expect(first.stderr).toContain('  8 | See [this](/posts/missing/)');
    expect(first.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports the same warnings when the cache finds nothing to rebuild', () => {
    expect(cached.stdout).toMatch(/^Up to date/);
    expect(diagnosticLines(cached)).toEqual(expectedWarnings);
  });

  it('--strict makes every warning an error, exits 1 and leaves the output folder as it was', () => {
    for (const result of [strict, strictCached]) {
      expect(diagnosticLines(result)).toEqual(asErrors);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(`Build failed: ${asErrors.length} errors; the output folder was not changed.`);
    }
    expect(hashTree(out)).toEqual(before);
  });

  it('reports every front-matter value that breaks the schema in one run, each at its line', () => {
    writeFileSync(
      path.join(site, 'posts/2025-01-16-typed.md'),
      '---\ntitle: Typed\nsubtitle: 42\nseries: [Basics]\ntoc: maybe\n---\nText.\n',
    );
    const result = runCli(args);
    expect(diagnosticLines(result).filter((line) => line.includes('typed.md'))).toEqual([
      'posts/2025-01-16-typed.md:3:11 error FrontMatterInvalidType "subtitle" must be text',
      'posts/2025-01-16-typed.md:4:9 error FrontMatterInvalidType "series" must be text',
      'posts/2025-01-16-typed.md:5:6 error FrontMatterInvalidType "toc" must be true or false',
    ]);
    expect(result.stderr).toContain('hint: "subtitle" is declared as string under schema: in the config');
    expect(result.status).toBe(1);
    expect(hashTree(out)).toEqual(before);
  });
});
