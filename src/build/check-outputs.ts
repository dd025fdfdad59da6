import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { outputPathProblem } from '../parse/safe-path.js';
import type { PlannedOutput } from '../render/output.js';
import { outputMarkerName } from '../write/output-marker.js';

/**
 * Checks the planned outputs before anything is written. First, a page whose path is not a plain
 * relative file name on every host (see outputPathProblem) is reported and dropped: whatever planned it,
 * no file is written outside the output folder or under a name Windows cannot hold. Then it reports
 * outputs that would be written to the same file, naming both inputs, and outputs whose paths
 * differ only in letter case (one file on macOS and Windows hosts and on most CDNs' file stores), and
 * outputs whose path is a folder of another (`post` and `post/index.html`). Only the first of each path
 * is kept, so the rest of the site still builds and all problems are reported in one run.
 */
export function dropDuplicateOutputs(outputs: readonly PlannedOutput[], diagnostics: Diagnostic[]): PlannedOutput[] {
  const byPath = new Map<string, PlannedOutput>();
  for (const output of dropUnsafeOutputPaths(outputs, diagnostics)) {
    const key = output.outputPath.normalize('NFC').toLowerCase();
    const first = byPath.get(key);
    if (!first) {
      byPath.set(key, output);
      continue;
    }
    const sameCase = first.outputPath.normalize('NFC') === output.outputPath.normalize('NFC');
    // Reported at a source file when either side has one (a generated feed may meet a post's alias).
    const blamed = isFileSource(output) ? output : isFileSource(first) ? first : undefined;
    const message = sameCase
      ? `${output.source} and ${first.source} would both write /${output.outputPath}`
      : `${output.source} would write /${output.outputPath} and ${first.source} /${first.outputPath}: they differ only in letter case`;
    diagnostics.push(
      createDiagnostic('error', sameCase ? 'DuplicateUrl' : 'DuplicateUrlCase', message, {
        ...(blamed ? { file: blamed.source } : {}),
        ...(blamed?.at ? { at: blamed.at } : {}),
        hint: sameCase
          ? 'give one of them another slug (front matter "slug:") or file name'
          : 'paths that differ only in case collide on case-insensitive file systems and hosts; rename one',
      }),
    );
  }
  return dropFileFolderConflicts(byPath, diagnostics);
}

/**
 * Drops (and reports) an output that needs a folder where an earlier output is a file, or the reverse.
 * Outputs come keyed by their path in NFC and lower case.
 */
function dropFileFolderConflicts(outputs: ReadonlyMap<string, PlannedOutput>, diagnostics: Diagnostic[]): PlannedOutput[] {
  const files = new Map<string, PlannedOutput>();
  const folders = new Map<string, PlannedOutput>();
  const kept: PlannedOutput[] = [];
  for (const [key, output] of outputs) {
    // The folders the path needs (`a`, `a/b` for `a/b/c`), and the first of them an earlier output writes as a file.
    const parents: string[] = [];
    let fileInTheWay: PlannedOutput | undefined;
    for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
      const parent = key.slice(0, slash);
      parents.push(parent);
      fileInTheWay ??= files.get(parent);
    }
    const other = fileInTheWay ?? folders.get(key);
    if (other) {
      const blamed = isFileSource(output) ? output : isFileSource(other) ? other : undefined;
      const message = fileInTheWay
        ? `${output.source} would write /${output.outputPath}, inside /${other.outputPath}, which ${other.source} writes as a file`
        : `${output.source} would write the file /${output.outputPath}, which ${other.source} needs as a folder`;
      diagnostics.push(
        createDiagnostic('error', 'OutputPathConflict', message, {
          ...(blamed ? { file: blamed.source } : {}),
          ...(blamed?.at ? { at: blamed.at } : {}),
          hint: 'a path cannot be both a file and a folder: rename one of them',
        }),
      );
      continue;
    }
    files.set(key, output);
    for (const parent of parents) if (!folders.has(parent)) folders.set(parent, output);
    kept.push(output);
  }
  return kept;
}

function dropUnsafeOutputPaths(outputs: readonly PlannedOutput[], diagnostics: Diagnostic[]): PlannedOutput[] {
  return outputs.filter((output) => {
    // Copies keep the names of files the site already holds on disk (a backslash is a plain character
    // there); only what quire names is checked for every host.
    const problem = takesMarkerName(output.outputPath)
      ? `uses ${outputMarkerName}, the name of the file that marks quire's output folders`
      : output.copy
        ? climbsOut(output.outputPath)
          ? 'is outside the output folder'
          : undefined
        : outputPathProblem(output.outputPath);
    if (!problem) return true;
    const isFile = isFileSource(output);
    const shown = JSON.stringify(output.outputPath.length > 120 ? `${output.outputPath.slice(0, 120)}…` : output.outputPath);
    diagnostics.push(
      createDiagnostic('error', 'OutputPathUnsafe', `${output.source} would write ${shown}, which ${problem}`, {
        ...(isFile ? { file: output.source } : {}),
        ...(isFile && output.at ? { at: output.at } : {}),
        hint: 'every output must be a plain file name inside the output folder; change the slug, permalink or alias',
      }),
    );
    return false;
  });
}

/** Whether an output was asked for by a file of the site (`posts/a.md`) rather than by quire itself (`sitemap`). */
function isFileSource(output: PlannedOutput): boolean {
  return output.source.includes('/');
}

/** A static file may be the marker itself (it is written over); nothing may make it a folder. */
function takesMarkerName(outputPath: string): boolean {
  // Only a path starting with the marker's dot can: most are not lowered at all.
  return outputPath.startsWith('.') && outputPath.toLowerCase().startsWith(`${outputMarkerName}/`);
}

function climbsOut(relativePath: string): boolean {
  return relativePath.startsWith('/') || relativePath.split('/').includes('..');
}
