import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/build/build-report.js';
import { checkReport } from '../helpers/report-schema.js';
import { makeTempDir, repoRoot, runCli, type CliResult } from '../helpers/run-cli.js';
import { hashTree } from '../helpers/tree.js';

const now = ['--now', '2025-06-01T00:00:00Z'];

function writeSite(site: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), text);
  }
}

const paths = (files: readonly { path: string }[]) => files.map((f) => f.path);

describe('quire build --json', () => {
  const temp = makeTempDir();
  const site = path.join(temp.dir, 'site');
  const out = path.join(site, 'dist');
  let fresh: CliResult;
  let first: BuildReport;
  // Later builds of the same site: with the cache after an edit, up to date, after a deletion.
  let edited: BuildReport;
  let upToDate: BuildReport;
  let deleted: BuildReport;
  let editedRun: CliResult;

  beforeAll(() => {
    writeSite(site, {
      'quire.config.yaml': 'title: Report\nbaseUrl: https://user.github.io/repo/\n',
      'posts/2025-01-01-first.md': '---\ntitle: First\n---\nHello.\n',
      'posts/2025-02-01-second.md': '---\ntitle: Second\ntags: [notes]\n---\nAgain.\n',
      'posts/2025-03-01-draft.md': '---\ntitle: Not yet\ndraft: true\n---\nDraft.\n',
      'posts/2025-09-01-later.md': '---\ntitle: Later\n---\nFuture.\n',
      'pages/about.md': '---\ntitle: About\n---\nMe.\n',
      'static/images/café.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    });
    // A fresh CI checkout: no output folder, no cache.
    fresh = runCli(['build', site, '--no-cache', '--json', ...now]);
    first = JSON.parse(fresh.stdout) as BuildReport;
    writeFileSync(path.join(site, 'posts/2025-02-01-second.md'), '---\ntitle: Second\ntags: [notes]\n---\nAgain, edited.\n');
    editedRun = runCli(['build', site, '--json', path.join(temp.dir, 'reports/edited.json'), ...now]);
    edited = JSON.parse(readFileSync(path.join(temp.dir, 'reports/edited.json'), 'utf8')) as BuildReport;
    upToDate = JSON.parse(runCli(['build', site, '--json', '-', ...now]).stdout) as BuildReport;
    rmSync(path.join(site, 'posts/2025-01-01-first.md'));
    // A file put in the output folder by hand: not part of the site, and left where it is.
    writeFileSync(path.join(out, 'notes-by-hand.txt'), 'mine\n');
    deleted = JSON.parse(runCli(['build', site, '--json', ...now]).stdout) as BuildReport;
  });
  afterAll(() => temp.cleanup());

  it('prints only the report on stdout, and the summary on stderr', () => {
    expect(fresh.status).toBe(0);
    expect(fresh.stdout.trimStart().startsWith('{')).toBe(true);
    expect(fresh.stderr).toMatch(/^Built \d+ pages \(2 posts, 2 left out \(1 draft, 1 future\)\)/m);
  });

  it('matches the JSON Schema, on every kind of build', () => {
    for (const report of [first, edited, upToDate, deleted]) expect(checkReport(report)).toBe('');
    // The schema does hold reports to their shape.
    const { changes: _, ...withoutChanges } = first;
    expect(checkReport(withoutChanges)).toContain("must have required property 'changes'");
    expect(checkReport({ ...first, outputs: [{ ...first.outputs[0], sha256: 'abc' }] })).toContain('sha256');
  });

  it('names the report shape, quire, the output folder and base URL', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(first).toMatchObject({ reportVersion: 1, quireVersion: pkg.version, ok: true, exitCode: 0, upToDate: false, outDir: 'dist', baseUrl: 'https://user.github.io/repo/' });
    expect(Object.keys(first.timings.stages).sort()).toEqual(['config', 'fingerprint', 'model', 'parse', 'plan', 'render', 'sources', 'write']);
  });

  it('lists every file of the site with the SHA-256 of its bytes and its URL, sorted', () => {
    const disk = hashTree(out);
    delete disk['.quire-output'];
    delete disk['notes-by-hand.txt'];
    // The last build's report describes the site's files in the folder as they are now.
    expect(Object.fromEntries(deleted.outputs.map((f) => [f.path, f.sha256]))).toEqual(disk);
    expect(paths(first.outputs)).toEqual([...paths(first.outputs)].sort());
    const url = (p: string) => first.outputs.find((f) => f.path === p)?.url;
    expect(url('index.html')).toBe('https://user.github.io/repo/');
    expect(url('posts/first/index.html')).toBe('https://user.github.io/repo/posts/first/');
    expect(url('feed.xml')).toBe('https://user.github.io/repo/feed.xml');
    expect(url('images/café.svg')).toBe('https://user.github.io/repo/images/caf%C3%A9.svg');
    expect(first.counts).toMatchObject({ posts: 2, outputs: first.outputs.length, excluded: 2, errors: 0, warnings: 0 });
    expect(first.counts.pages).toBe(first.outputs.filter((f) => f.path.endsWith('.html')).length);
  });

  it('says which posts were left out and why', () => {
    expect(first.excluded).toEqual([
      { source: 'posts/2025-03-01-draft.md', title: 'Not yet', date: '2025-03-01', reason: 'draft' },
      { source: 'posts/2025-09-01-later.md', title: 'Later', date: '2025-09-01', reason: 'future' },
    ]);
  });

  it('without a previous output folder, every file is added', () => {
    expect(paths(first.changes.added)).toEqual(paths(first.outputs));
    expect(first.changes.changed).toEqual([]);
    expect(first.changes.removed).toEqual([]);
    expect(first.counts).toMatchObject({ added: first.outputs.length, changed: 0, removed: 0 });
  });

  it('after an edit, lists exactly the files whose bytes changed (compared with the folder, no cache yet)', () => {
    expect(editedRun.stdout).toMatch(/^Built /m);
    expect(edited.changes.added).toEqual([]);
    expect(edited.changes.removed).toEqual([]);
    const before = new Map(first.outputs.map((f) => [f.path, f.sha256]));
    const differing = edited.outputs.filter((f) => before.get(f.path) !== f.sha256).map((f) => f.path);
    expect(paths(edited.changes.changed)).toEqual(differing);
    expect(differing).toContain('posts/second/index.html');
    expect(differing).not.toContain('posts/first/index.html');
  });

  it('an up-to-date build changes nothing and still lists every file', () => {
    expect(upToDate.upToDate).toBe(true);
    expect(upToDate.changes).toEqual({ added: [], changed: [], removed: [] });
    expect(upToDate.outputs).toEqual(edited.outputs);
  });

  it('after a deletion (an incremental build with the cache), lists the removed files with their URLs', () => {
    expect(deleted.changes.removed).toContainEqual({ path: 'posts/first/index.html', url: 'https://user.github.io/repo/posts/first/' });
    for (const removed of paths(deleted.changes.removed)) expect(existsSync(path.join(out, removed))).toBe(false);
    expect(paths(deleted.changes.changed)).toContain('index.html');
    expect(deleted.changes.added).toEqual([]);
    // An incremental build leaves a file it did not write in place, and does not report it.
    expect(readFileSync(path.join(out, 'notes-by-hand.txt'), 'utf8')).toBe('mine\n');
    expect(paths(deleted.changes.removed)).not.toContain('notes-by-hand.txt');
    expect(paths(deleted.outputs)).not.toContain('notes-by-hand.txt');
  });
});

describe('a failed build, in CI', () => {
  const temp = makeTempDir();
  const site = path.join(temp.dir, 'repo/site');
  let failed: CliResult;
  let report: BuildReport;

  beforeAll(() => {
    writeSite(site, {
      'posts/ok.md': '---\ntitle: OK\ndate: 2024-01-01\n---\nFine.\n',
      'posts/bad, date.md': '---\ntitle: Bad\ndate: 2024-02-30\n---\n100% wrong: see\nthe date.\n',
    });
    const reportFile = path.join(temp.dir, 'report.json');
    // Not a terminal, and NO_COLOR unset: what a CI log gets.
    failed = runCli(['build', site, '--json', reportFile], {
      cwd: temp.dir,
      env: { NO_COLOR: '', CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: path.join(temp.dir, 'repo') },
    });
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
  });
  afterAll(() => temp.cleanup());

  it('exits 1 and still writes a report that matches the schema, with every diagnostic', () => {
    expect(failed.status).toBe(1);
    expect(checkReport(report)).toBe('');
    expect(report).toMatchObject({ ok: false, exitCode: 1, outputs: [], changes: { added: [], changed: [], removed: [] } });
    expect(report.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'FrontMatterInvalidDate',
        message: expect.stringContaining('"2024-02-30" is not a real calendar date'),
        hint: expect.stringContaining('dates look like'),
        file: 'posts/bad, date.md',
        line: 3,
        column: 7,
      },
    ]);
    expect(report.counts).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('prints each diagnostic as a GitHub annotation, the path taken from the repository root and escaped', () => {
    const annotations = failed.stderr.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toEqual([
      expect.stringMatching(/^::error file=site\/posts\/bad%2C date\.md,line=3,col=7,title=FrontMatterInvalidDate::.*2024-02-30.*%0Ahint: dates look like/),
    ]);
  });

  it('prints no colour, no progress line and no stack trace', () => {
    const all = failed.stdout + failed.stderr;
    expect(all).not.toContain('\u001b');
    expect(all).not.toContain('\r');
    expect(all).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(failed.stderr).toContain('posts/bad, date.md:3:7 error FrontMatterInvalidDate');
  });
});

describe('a config error with --json', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('exits 2 and reports the diagnostic, with no output folder', () => {
    const site = path.join(temp.dir, 'site');
    writeSite(site, { 'quire.config.yaml': 'title: x\nperpage: 5\n', 'posts/a.md': '---\ntitle: A\ndate: 2024-01-01\n---\n' });
    const result = runCli(['build', site, '--json']);
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout) as BuildReport;
    expect(checkReport(report)).toBe('');
    expect(report).toMatchObject({ ok: false, exitCode: 2, outDir: null, outputs: [] });
    expect(report.diagnostics[0]).toMatchObject({ code: 'ConfigUnknownKey', file: 'quire.config.yaml', line: 2, column: 1 });
  });

  it('exits 2, saying why, when the report cannot be written', () => {
    const site = path.join(temp.dir, 'fine');
    writeSite(site, { 'posts/a.md': '---\ntitle: A\ndate: 2024-01-01\n---\n', 'taken': 'a file, not a folder\n' });
    const result = runCli(['build', site, '--json', path.join(site, 'taken/report.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`error ReportNotWritten could not write the build report to ${path.join(site, 'taken/report.json')}`);
    expect(result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });
});
