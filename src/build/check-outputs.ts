import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlannedOutput } from '../render/output.js';

/**
 * Reports outputs that would be written to the same file, naming both inputs. Only the first of each
 * path is kept, so the rest of the site still builds and all problems are reported in one run.
 */
export function dropDuplicateOutputs(outputs: readonly PlannedOutput[], diagnostics: Diagnostic[]): PlannedOutput[] {
  const byPath = new Map<string, PlannedOutput>();
  for (const output of outputs) {
    const key = output.outputPath.normalize('NFC');
    const first = byPath.get(key);
    if (!first) {
      byPath.set(key, output);
      continue;
    }
    const isFile = output.source.includes('/');
    diagnostics.push(
      createDiagnostic('error', 'DuplicateUrl', `${output.source} and ${first.source} would both write /${output.outputPath}`, {
        ...(isFile ? { file: output.source } : {}),
        ...(isFile && output.at ? { at: output.at } : {}),
        hint: 'give one of them another slug (front matter "slug:") or file name',
      }),
    );
  }
  return [...byPath.values()];
}
