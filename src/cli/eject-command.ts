import { loadConfig } from '../config/load-config.js';
import { BuildAbort } from '../diagnostics/diagnostic.js';
import { ejectThemeFiles, listThemeFiles } from '../scaffold/eject-theme-files.js';
import { printDiagnostics, type Terminal } from './report.js';

export interface EjectFlags {
  /** Site folder; default the current folder. */
  readonly dir?: string;
}

/**
 * `quire eject [file...]`: without names, lists the theme's files (marking those the site already
 * overrides); with names, copies them into the site's `templates/`. 0 done, 1 a file already there
 * (nothing copied), 2 usage or config errors.
 */
export async function runEject(names: readonly string[], flags: EjectFlags, terminal: Terminal): Promise<number> {
  const siteDir = flags.dir ?? '.';
  try {
    const config = await loadConfig(siteDir);
    if (names.length === 0) {
      for (const file of listThemeFiles(config)) terminal.out(`${file.name}${file.overridden ? '  (in templates/)' : ''}`);
      return 0;
    }
    const result = ejectThemeFiles(config, names);
    printDiagnostics(result.diagnostics, config.siteDir, terminal);
    for (const written of result.written) terminal.out(`wrote ${written}`);
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof BuildAbort)) throw error;
    printDiagnostics(error.diagnostics, siteDir, terminal);
    return error.exitCode;
  }
}
