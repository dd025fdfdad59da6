import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export interface WalkedPath {
  /** Path relative to the walked folder, `/`-separated. */
  readonly relative: string;
  readonly absPath: string;
}

export interface WalkedFile extends WalkedPath {
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

export interface WalkOptions {
  readonly keepDotFiles?: boolean;
  /** Whether each file's size and modification time are needed (default true): without, most files need no stat. */
  readonly stats?: boolean;
}

/**
 * Lists the files under `dir` recursively, sorted by path so that the result never depends on the order
 * the file system lists them in. A symbolic link is followed only when it points inside `rootDir`;
 * otherwise it is skipped with a warning.
 */
export function walkFiles(dir: string, rootDir: string, diagnostics: Diagnostic[], options?: WalkOptions & { stats?: true }): WalkedFile[];
export function walkFiles(dir: string, rootDir: string, diagnostics: Diagnostic[], options: WalkOptions): WalkedPath[];
export function walkFiles(dir: string, rootDir: string, diagnostics: Diagnostic[], options: WalkOptions = {}): WalkedPath[] {
  const out: (WalkedPath | WalkedFile)[] = [];
  const realRoot = safeRealpath(rootDir) ?? rootDir;
  const withStats = options.stats ?? true;
  const visit = (current: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort(byName)) {
      const name = entry.name;
      if (isIgnoredName(name, options.keepDotFiles ?? false)) continue;
      // Joined as is: `current` is normalized, and path.join costs a large site's walk a tenth of a second.
      const absPath = current + path.sep + name;
      const relative = prefix ? `${prefix}/${name}` : name;
      // The entry's type comes with the listing: only links, and files whose stats are wanted, need a stat.
      let stats: Stats | Dirent = entry;
      if (entry.isSymbolicLink()) {
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
      } else if (withStats && entry.isFile()) {
        stats = lstatSync(absPath);
      }
      if (stats.isDirectory()) visit(absPath, relative);
      else if (!stats.isFile()) continue;
      else if ('size' in stats) out.push({ relative, absPath, size: stats.size, mtimeMs: stats.mtimeMs });
      else out.push({ relative, absPath });
    }
  };
  visit(path.resolve(dir), '');
  return out;
}

/** The order of `Array.prototype.sort()` on the names: by UTF-16 code units. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
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
