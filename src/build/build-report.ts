import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ExclusionReason } from '../model/types.js';
import { version } from '../version.js';
import { noChanges } from '../write/output-hashes.js';
import type { BuildResult, Stage } from './build.js';

/** The shape of the report; raised whenever a field changes meaning or goes away (adding one does not). */
export const reportVersion = 1;

/** A file of the site, and the URL it is served at (`index.html` at its folder's URL). */
export interface ReportedFile {
  readonly path: string;
  readonly url: string;
}

/**
 * What a build did, as `quire build --json` prints it; described by `schema/build-report.schema.json`.
 * Lists are sorted (files by path, left-out posts by source, diagnostics by file and position), so two
 * builds of the same inputs give the same report but for `timings`.
 */
export interface BuildReport {
  readonly reportVersion: typeof reportVersion;
  readonly quireVersion: string;
  readonly ok: boolean;
  /** 0 built, 1 content errors (the output folder was not changed), 2 usage or config errors. */
  readonly exitCode: 0 | 1 | 2;
  /** True when the build cache showed that nothing had to be done. */
  readonly upToDate: boolean;
  /** The output folder, relative to the site folder; null when the config could not be read. */
  readonly outDir: string | null;
  readonly baseUrl: string | null;
  readonly timings: { readonly totalMs: number; readonly stages: Readonly<Record<Stage, number>> };
  readonly counts: {
    readonly posts: number;
    readonly pages: number;
    readonly outputs: number;
    readonly excluded: number;
    readonly errors: number;
    readonly warnings: number;
    readonly added: number;
    readonly changed: number;
    readonly removed: number;
  };
  /** Every file of the site as built; empty when the build failed. */
  readonly outputs: readonly (ReportedFile & { readonly sha256: string })[];
  readonly excluded: readonly { readonly source: string; readonly title: string; readonly date: string | null; readonly reason: ExclusionReason }[];
  readonly diagnostics: readonly {
    readonly severity: Diagnostic['severity'];
    readonly code: string;
    readonly message: string;
    readonly hint: string | null;
    readonly file: string | null;
    readonly line: number | null;
    readonly column: number | null;
  }[];
  /** The output folder compared with what it held before the build: what a deploy uploads, deletes and purges. */
  readonly changes: { readonly added: readonly ReportedFile[]; readonly changed: readonly ReportedFile[]; readonly removed: readonly ReportedFile[] };
}

/**
 * The report of a build run with `{ report: true }` (which hashes the outputs and compares the output
 * folder with what it held before). Pure: the same result gives the same report.
 */
export function createBuildReport(result: BuildResult, quireVersion: string = version): BuildReport {
  if (!result.outputHashes || !result.changes) throw new Error('createBuildReport needs a build run with { report: true }');
  const config = result.config;
  const baseUrl = config?.baseUrl ?? null;
  const file = (outputPath: string): ReportedFile => ({ path: outputPath, url: outputUrlOf(baseUrl ?? '/', outputPath) });
  const changes = result.ok ? result.changes : noChanges;
  const outputs = result.ok ? [...result.outputHashes].map(([outputPath, sha256]) => ({ ...file(outputPath), sha256 })) : [];
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    reportVersion,
    quireVersion,
    ok: result.ok,
    exitCode: result.exitCode,
    upToDate: result.upToDate,
    outDir: config ? path.relative(config.siteDir, config.outDir).split(path.sep).join('/') || '.' : null,
    baseUrl,
    timings: { totalMs: result.durationMs, stages: result.timings },
    counts: {
      posts: result.posts,
      pages: result.pages,
      outputs: outputs.length,
      excluded: result.excluded.length,
      errors,
      warnings: result.diagnostics.length - errors,
      added: changes.added.length,
      changed: changes.changed.length,
      removed: changes.removed.length,
    },
    outputs: outputs.sort((a, b) => compare(a.path, b.path)),
    excluded: [...result.excluded]
      .sort((a, b) => compare(a.sourcePath, b.sourcePath))
      .map((post) => ({ source: post.sourcePath, title: post.title, date: post.date?.iso ?? null, reason: post.reason })),
    diagnostics: result.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      hint: d.hint ?? null,
      file: d.file ?? null,
      line: d.line ?? null,
      column: d.column ?? null,
    })),
    changes: { added: changes.added.map(file), changed: changes.changed.map(file), removed: changes.removed.map(file) },
  };
}

/**
 * The URL an output file is served at: `posts/a/index.html` at `<baseUrl>posts/a/`, other files at
 * their path, each segment percent-encoded.
 */
export function outputUrlOf(baseUrl: string, outputPath: string): string {
  const served = outputPath === 'index.html' ? '' : outputPath.endsWith('/index.html') ? outputPath.slice(0, -'index.html'.length) : outputPath;
  return baseUrl + served.split('/').map(encodeURIComponent).join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
