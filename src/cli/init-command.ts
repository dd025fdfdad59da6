import path from 'node:path';
import { createSite } from '../scaffold/create-site.js';
import { parseNowFlag } from './parse-flags.js';
import { printDiagnostics, type Terminal } from './report.js';

export interface InitFlags {
  /** The first post's date-time instead of now. */
  readonly now?: string;
}

/**
 * `quire init [dir]`: creates a site that builds at once, then prints the files it wrote and the
 * commands to run next. 0 created, 1 the folder is not empty (nothing written), 2 usage errors.
 */
export function runInit(dir: string, flags: InitFlags, terminal: Terminal): number {
  const now = parseNowFlag(flags.now, terminal);
  if (now === null) return 2;
  const result = createSite(dir, now !== undefined ? { now } : {});
  if (!result.ok) {
    printDiagnostics(result.diagnostics, dir, terminal);
    return result.exitCode;
  }
  const shownDir = path.relative(process.cwd(), result.siteDir) || '.';
  terminal.out(formatInitReport(shownDir, result.files).join('\n'));
  return 0;
}

/** What `init` prints: the files created, then the next commands (with a `cd` unless the site is `.`). */
export function formatInitReport(shownDir: string, files: readonly string[]): string[] {
  const steps: [string, string][] = [
    ...(shownDir === '.' ? [] : ([[`cd ${quoteForShell(shownDir)}`, '']] as [string, string][])),
    ['npx quire build', 'build the site into dist/'],
    ['npx quire serve', 'preview it in the browser while you write'],
    ['npx quire new "My first post"', 'start a post'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length));
  return [
    `Created a new site in ${shownDir}:`,
    ...files.map((file) => `  ${file}`),
    '',
    'Next:',
    ...steps.map(([command, what]) => (what ? `  ${command.padEnd(width)}  # ${what}` : `  ${command}`)),
  ];
}

/** A path as a POSIX shell word: unchanged when it is plain, else in single quotes. */
export function quoteForShell(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
