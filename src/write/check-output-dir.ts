import os from 'node:os';
import path from 'node:path';
import { BuildAbort, createDiagnostic } from '../diagnostics/diagnostic.js';
import { isInside } from '../source/walk-files.js';

/**
 * Refuses output folders whose replacement would destroy something that is not quire's: the site folder
 * itself, a folder containing it, the file-system root or the home folder.
 */
export function checkOutputDir(outDir: string, siteDir: string): void {
  const out = path.resolve(outDir);
  const reasons: string[] = [];
  if (out === path.parse(out).root) reasons.push('it is the root of the file system');
  if (out === os.homedir()) reasons.push('it is your home folder');
  if (isInside(siteDir, out)) reasons.push(out === path.resolve(siteDir) ? 'it is the site folder' : 'it contains the site folder');
  if (reasons.length === 0) return;
  throw new BuildAbort(
    [
      createDiagnostic('error', 'OutputDirUnsafe', `refusing to use ${out} as the output folder: ${reasons[0]}`, {
        hint: 'choose a folder of its own with --out, e.g. --out dist',
      }),
    ],
    2,
  );
}
