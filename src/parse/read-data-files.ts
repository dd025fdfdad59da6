import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../source/types.js';
import { parseStructuredData } from './structured-data.js';

/**
 * Reads `data/*.json|yaml|yml` into one object: `data/authors.yaml` becomes `data.authors`,
 * `data/menus/main.yaml` becomes `data.menus.main`.
 */
export function readDataFiles(files: readonly SourceFile[], diagnostics: Diagnostic[]): Record<string, unknown> {
  const data: Record<string, unknown> = Object.create(null);
  for (const file of files) {
    const language = file.path.endsWith('.json') ? 'json' : 'yaml';
    const parsed = parseStructuredData(file.text, language);
    if (!parsed.ok) {
      diagnostics.push(
        createDiagnostic('error', 'DataInvalid', parsed.message, {
          file: file.path,
          at: parsed.at,
          hint: `fix the ${language.toUpperCase()} syntax of this data file`,
        }),
      );
      continue;
    }
    const keys = file.path.replace(/^data\//, '').replace(/\.[^.]+$/, '').split('/');
    let target = data;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = (typeof next === 'object' && next !== null ? next : (target[key] = Object.create(null))) as Record<string, unknown>;
    }
    target[keys[keys.length - 1]!] = parsed.value;
  }
  return data;
}
