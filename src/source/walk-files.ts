import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export interface WalkedFile {
  /** Path relative to the walked folder, `/`-separated. */
  readonly relative: string;
  readonly absPath: string;
  readonly size: number;
  readonly mtimeMs: number;
}

const ignoredNames = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** Editor leftovers and hidden files are never content. */
function isIgnoredName(name: string, keepDotFiles: boolean): boolean {
  if (ignoredNames.has(name)) return true;
  if (name.endsWith('~') || name.endsWith('.swp') || name.startsWith('.#')) return true;
  return !keepDotFiles && name.startsWith('.');
}

/**
 * Lists the files under `dir` recursively, sorted by path so that the result never depends on the order
 * the file system lists them in. A symbolic link is followed only when it points inside `rootDir`;
 * otherwise it is skipped with a warning.
 */
export function walkFiles(
  dir: string,
  rootDir: string,
  diagnostics: Diagnostic[],
  options: { keepDotFiles?: boolean } = {},
): WalkedFile[] {
  const out: WalkedFile[] = [];
  const realRoot = safeRealpath(rootDir) ?? rootDir;
  const visit = (current: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (isIgnoredName(name, options.keepDotFiles ?? false)) continue;
      const absPath = path.join(current, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      let stats = lstatSync(absPath);
      if (stats.isSymbolicLink()) {
        const target = safeRealpath(absPath);
        if (!target || !isInside(target, realRoot)) {
          diagnostics.push(
            createDiagnostic('warning', 'SymlinkOutsideSite', 'symbolic link points outside the site folder and was skipped', {
              file: path.relative(rootDir, absPath).split(path.sep).join('/'),
            }),
          );
          continue;
        }
        stats = statSync(absPath);
      }
      if (stats.isDirectory()) visit(absPath, relative);
      else if (stats.isFile()) out.push({ relative, absPath, size: stats.size, mtimeMs: stats.mtimeMs });
    }
  };
  visit(dir, '');
  return out;
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
