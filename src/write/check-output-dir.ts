import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { BuildAbort, createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isInside } from '../source/walk-files.js';
import { inspectOutputDir, outputMarkerName } from './output-marker.js';

/** Folders of the site that hold its sources: an output folder inside one would be read back as input. */
const sourceFolders = ['posts', 'pages', 'static', 'templates', 'data'];

/**
 * Refuses output folders whose replacement would destroy something that is not quire's: the site folder
 * itself, a folder containing it, the file-system root, the home folder, a folder inside the site's
 * sources, a file, and a non-empty folder that quire did not write (one without its marker file) unless
 * `force` is set. Throws BuildAbort with exit code 2.
 */
export function checkOutputDir(config: Pick<ResolvedConfig, 'outDir' | 'siteDir' | 'force'>): void {
  const out = path.resolve(config.outDir);
  const site = path.resolve(config.siteDir);
  if (out === path.parse(out).root) throw refuse(out, 'it is the root of the file system');
  if (out === os.homedir()) throw refuse(out, 'it is your home folder');
  if (isInside(site, out)) throw refuse(out, out === site ? 'it is the site folder' : 'it contains the site folder');
  const source = sourceFolders.find((folder) => isInside(out, path.join(site, folder)));
  if (source) throw refuse(out, `it is inside the site's ${source}/ folder, which quire reads`);
  const state = inspectOutputDir(out);
  if (state === 'not-a-folder') throw refuse(out, 'it is a file, not a folder');
  if (state === 'not-ours' && !config.force) {
    throw abort(
      createDiagnostic('error', 'OutputDirNotOurs', `refusing to replace ${out}: it holds files that quire did not write`, {
        hint: `quire replaces only folders it created (they hold a ${outputMarkerName} file): use an empty or new folder with --out, or pass --force to replace this one with the site`,
      }),
    );
  }
}

function refuse(out: string, reason: string): BuildAbort {
  return abort(
    createDiagnostic('error', 'OutputDirUnsafe', `refusing to use ${out} as the output folder: ${reason}`, {
      hint: 'choose a folder of its own with --out, e.g. --out dist',
    }),
  );
}

function abort(diagnostic: Diagnostic): BuildAbort {
  return new BuildAbort([diagnostic], 2);
}
