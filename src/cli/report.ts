import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildResult } from '../build/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import { canShowProgress } from './progress-line.js';

export interface Terminal {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly color: boolean;
  /** Writes a progress line to stderr as is; absent where none may be shown (see canShowProgress). */
  readonly progress?: (text: string) => void;
}

/** The process's terminal: colour only on a TTY and when NO_COLOR is not set. */
export function processTerminal(): Terminal {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    color: canShowColor(process.stderr.isTTY, process.env),
    ...(canShowProgress(process.stderr.isTTY, process.env) ? { progress: (text: string) => process.stderr.write(text) } : {}),
  };
}

/** Colour is for terminals: not for files, pipes and CI logs, and never when `NO_COLOR` is set (no-color.org). */
export function canShowColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

/** Warnings of one code shown in full; the rest are counted (a generated site can have thousands). */
export const shownWarningsPerCode = 20;

/**
 * Prints every error, and the first warnings of each code, with their code frames, reading the named
 * files relative to the site folder; then how many warnings of each code were not shown (the JSON
 * report and the build() result hold them all).
 */
export function printDiagnostics(diagnostics: readonly Diagnostic[], siteDir: string, terminal: Terminal): void {
  const { shown, hidden } = limitWarnings(diagnostics);
  for (const text of formatDiagnostics(shown, siteDir, terminal.color)) terminal.err(text);
  for (const [code, count] of hidden) terminal.err(`... and ${count} more ${code} warning${count === 1 ? '' : 's'}`);
}

function limitWarnings(diagnostics: readonly Diagnostic[]): { shown: Diagnostic[]; hidden: Map<string, number> } {
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const shown = diagnostics.filter((diagnostic) => {
    if (diagnostic.severity !== 'warning') return true;
    const count = (seen.get(diagnostic.code) ?? 0) + 1;
    seen.set(diagnostic.code, count);
    if (count <= shownWarningsPerCode) return true;
    hidden.set(diagnostic.code, (hidden.get(diagnostic.code) ?? 0) + 1);
    return false;
  });
  return { shown, hidden };
}

/** Each diagnostic formatted with its code frame (the files are read relative to the site folder). */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], siteDir: string, color: boolean): string[] {
  const cache = new Map<string, string | undefined>();
  const readSource = (file: string) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(path.resolve(siteDir, file), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
  return diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, { readSource, color }));
}

/** One line: pages written, posts, posts left out, time taken, worker threads if any, where. */
export function formatSummary(result: BuildResult, cwd: string): string {
  const left = result.excluded.length
    ? `, ${result.excluded.length} left out (${countBy(result.excluded.map((e) => e.reason))})`
    : '';
  const where = result.config ? path.relative(cwd, result.config.outDir) || '.' : '';
  if (result.upToDate) return `Up to date: ${result.pages} pages (${result.posts} posts${left}) unchanged, checked in ${result.durationMs} ms → ${where}`;
  const threads =
    result.workers > 0
      ? `, Markdown on ${result.workers} worker thread${result.workers === 1 ? '' : 's'}`
      : result.workerFailure
        ? `, Markdown on the main thread after ${result.workerFailure}`
        : '';
  return `Built ${result.pages} pages (${result.posts} posts${left}) in ${result.durationMs} ms${threads} → ${where}`;
}

/** Closing line of a failed build. */
export function formatFailure(result: BuildResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
  return result.exitCode === 1 ? `Build failed: ${counts}; the output folder was not changed.` : `Build failed: ${counts}.`;
}

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${count} ${value}`).join(', ');
}
