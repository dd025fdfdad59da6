import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlannedOutput } from '../render/output.js';

/**
 * Reports outputs that would be written to the same file, naming both inputs, and outputs whose paths
 * differ only in letter case (one file on macOS and Windows hosts and on most CDNs' file stores). Only
 * the first of each path is kept, so the rest of the site still builds and all problems are reported in
 * one run.
 */
export function dropDuplicateOutputs(outputs: readonly PlannedOutput[], diagnostics: Diagnostic[]): PlannedOutput[] {
  const byPath = new Map<string, PlannedOutput>();
  for (const output of outputs) {
    const key = output.outputPath.normalize('NFC').toLowerCase();
    const first = byPath.get(key);
    if (!first) {
      byPath.set(key, output);
      continue;
    }
    const sameCase = first.outputPath.normalize('NFC') === output.outputPath.normalize('NFC');
    const isFile = output.source.includes('/');
    const message = sameCase
      ? `${output.source} and ${first.source} would both write /${output.outputPath}`
      : `${output.source} would write /${output.outputPath} and ${first.source} /${first.outputPath}: they differ only in letter case`;
    diagnostics.push(
      createDiagnostic('error', sameCase ? 'DuplicateUrl' : 'DuplicateUrlCase', message, {
        ...(isFile ? { file: output.source } : {}),
        ...(isFile && output.at ? { at: output.at } : {}),
        hint: sameCase
          ? 'give one of them another slug (front matter "slug:") or file name'
          : 'paths that differ only in case collide on case-insensitive file systems and hosts; rename one',
      }),
    );
  }
  return [...byPath.values()];
}
