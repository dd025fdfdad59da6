import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { suggestClosest } from '../diagnostics/suggest.js';
import { walkFiles } from '../source/walk-files.js';

/** A file of the theme a site builds with, by its name inside the theme (`layouts/post.hbs`). */
export interface EjectableFile {
  readonly name: string;
  readonly absPath: string;
  /** True when the site's `templates/` already has a file of that name. */
  readonly overridden: boolean;
}

/** Every file of the default theme and of the `theme:` over it, sorted by name. */
export function listThemeFiles(config: ResolvedConfig): EjectableFile[] {
  const files = new Map<string, string>();
  for (const root of [config.themeDir, config.theme]) {
    if (!root) continue;
    for (const file of walkFiles(root, root, [])) {
      if (/^(layouts|partials|assets)\//.test(file.relative)) files.set(file.relative, file.absPath);
    }
  }
  return [...files]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, absPath]) => ({ name, absPath, overridden: existsSync(path.join(config.siteDir, 'templates', name)) }));
}

/**
 * Copies theme files into the site's `templates/`, where they replace the theme's. Never replaces a
 * file: when one of them is already there, nothing is copied (`ThemeFileExists`, exit code 1). An
 * unknown name is a usage error (exit code 2). Returns the site-relative paths written.
 */
export function ejectThemeFiles(
  config: ResolvedConfig,
  names: readonly string[],
): { written: string[]; diagnostics: Diagnostic[]; exitCode: 0 | 1 | 2 } {
  const files = new Map(listThemeFiles(config).map((file) => [file.name, file]));
  const unknown = names.filter((name) => !files.has(name));
  if (unknown.length > 0) {
    const diagnostics = unknown.map((name) => {
      const closest = suggestClosest(name, [...files.keys()]);
      return createDiagnostic('error', 'ThemeFileUnknown', `the theme has no file "${name}"`, {
        hint: closest ? `did you mean "${closest}"? (quire eject lists them)` : 'quire eject lists the files of the theme',
      });
    });
    return { written: [], diagnostics, exitCode: 2 };
  }
  const existing = names.filter((name) => files.get(name)!.overridden);
  if (existing.length > 0) {
    const diagnostics = existing.map((name) =>
      createDiagnostic('error', 'ThemeFileExists', `templates/${name} already exists; it was left as it is`, {
        file: `templates/${name}`,
        hint: 'delete or rename it first to eject the theme\'s version',
      }),
    );
    return { written: [], diagnostics, exitCode: 1 };
  }
  const written = names.map((name) => {
    const target = path.join(config.siteDir, 'templates', name);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(files.get(name)!.absPath, target);
    return `templates/${name}`;
  });
  return { written, diagnostics: [], exitCode: 0 };
}
