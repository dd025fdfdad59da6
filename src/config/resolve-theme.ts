import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { BuildAbort, createDiagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';

/**
 * The folder of the theme named by `theme:`. A value starting with `.` or `/` is a folder, relative to
 * the site folder; anything else is an npm package, looked up in `node_modules` of the site folder and
 * the folders above it, as Node would. A theme that cannot be found is a config error (exit code 2).
 */
export function resolveThemeDir(siteDir: string, theme: string, configFile: string | undefined, at?: SourcePosition): string {
  const isFolder = theme.startsWith('.') || path.isAbsolute(theme);
  const found = isFolder ? path.resolve(siteDir, theme) : findPackage(siteDir, theme);
  if (found && existsSync(found) && statSync(found).isDirectory()) return found;
  throw new BuildAbort(
    [
      createDiagnostic('error', 'ThemeNotFound', isFolder ? `theme folder "${theme}" does not exist` : `theme package "${theme}" is not installed`, {
        ...(configFile ? { file: configFile } : {}),
        ...(at ? { at } : {}),
        hint: isFolder
          ? 'a theme folder is relative to the site folder and holds layouts/, partials/ and assets/'
          : `install it in the site folder (npm install ${theme}), or give a folder path starting with ./`,
      }),
    ],
    2,
  );
}

function findPackage(siteDir: string, name: string): string | undefined {
  for (let dir = siteDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
