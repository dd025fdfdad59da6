import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildReport } from '../build/build-report.js';
import type { Terminal } from './report.js';

/** `--json` alone or `--json -`: the report is the only thing printed on stdout. */
export function isReportOnStdout(target: string | true): boolean {
  return target === true || target === '-';
}

/**
 * Prints the report on stdout, or writes it to a file (relative to the current folder; its folder is
 * made). Returns false, after saying why, when the file cannot be written.
 */
export function writeReport(report: BuildReport, target: string | true, terminal: Terminal): boolean {
  const text = JSON.stringify(report, null, 2);
  if (target === true || target === '-') {
    terminal.out(text);
    return true;
  }
  const file = path.resolve(target);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${text}\n`);
    return true;
  } catch (error) {
    terminal.err(`error ReportNotWritten could not write the build report to ${file}: ${(error as Error).message}`);
    return false;
  }
}
