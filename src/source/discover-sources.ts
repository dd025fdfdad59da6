import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readTextFile } from './read-text-file.js';
import type { SiteSources, SourceFile, StaticFile, ThemeFile } from './types.js';
import { walkFiles } from './walk-files.js';

const markdownExtensions = /\.(md|markdown)$/i;
const dataExtensions = /\.(json|ya?ml)$/i;
const templateFolders = ['layouts', 'partials'];

/** Texts read by an earlier build of a watch session, and the paths changed since. */
export interface SourceReuse {
  readonly previous: SiteSources;
  readonly changed: ReadonlySet<string>;
  /** Files may have been added or removed since: the folders are listed again. */
  readonly rescan?: boolean;
}

/**
 * Finds and reads every input of the site: posts, pages, data files, theme files (the site's
 * `templates/` over the default theme) and static files. Unreadable files become diagnostics. With
 * `reuse`, a post, page or data file that did not change (same size and modification time, and not
 * reported as changed by the watcher) keeps the text read before instead of being read again.
 */
export function discoverSources(config: ResolvedConfig, diagnostics: Diagnostic[], reuse?: SourceReuse): SiteSources {
  const refreshed = reuse && !reuse.rescan ? refreshSources(config, diagnostics, reuse) : undefined;
  if (refreshed) return refreshed;
  const site = config.siteDir;
  const known = new Map(reuse ? [...reuse.previous.posts, ...reuse.previous.pages, ...reuse.previous.data].map((f) => [f.path, f]) : []);
  const readFolder = (folder: string, pattern: RegExp): SourceFile[] =>
    walkFiles(path.join(site, folder), site, diagnostics)
      .filter((f) => pattern.test(f.relative))
      .flatMap((f) => {
        const display = `${folder}/${f.relative}`;
        const before = known.get(display);
        if (before && before.size === f.size && before.mtimeMs === f.mtimeMs && !reuse?.changed.has(display)) return [before];
        const text = readTextFile(f.absPath, display, diagnostics);
        return text === undefined ? [] : [{ path: display, absPath: f.absPath, text, size: f.size, mtimeMs: f.mtimeMs }];
      });

  const staticFiles: StaticFile[] = walkFiles(path.join(site, 'static'), site, diagnostics, {
    keepDotFiles: true,
  }).map((f) => ({ path: `static/${f.relative}`, absPath: f.absPath, outputPath: f.relative, size: f.size, mtimeMs: f.mtimeMs }));

  return {
    posts: readFolder('posts', markdownExtensions),
    pages: readFolder('pages', markdownExtensions),
    data: readFolder('data', dataExtensions),
    ...discoverTheme(config, diagnostics),
    staticFiles,
  };
}

/**
 * The files of the previous build without listing the folders again (a large site has thousands): only
 * the changed ones are read or examined again. Undefined when a changed path is not one of those
 * files, or is gone: then the folders are walked. Templates are always listed; there are few.
 */
function refreshSources(config: ResolvedConfig, diagnostics: Diagnostic[], { previous, changed }: SourceReuse): SiteSources | undefined {
  const all = [...previous.posts, ...previous.pages, ...previous.data, ...previous.staticFiles];
  const known = new Set(all.map((f) => f.path));
  const folders: [string, RegExp][] = [['posts/', markdownExtensions], ['pages/', markdownExtensions], ['data/', dataExtensions], ['static/', /./]];
  for (const changedPath of changed) {
    const isSource = folders.some(([folder, pattern]) => changedPath.startsWith(folder) && pattern.test(changedPath));
    if (isSource && !known.has(changedPath)) return undefined;
  }
  const stats = new Map<string, Stats>();
  try {
    for (const file of all) if (changed.has(file.path)) stats.set(file.path, statSync(file.absPath));
  } catch {
    return undefined;
  }
  const reread = (files: readonly SourceFile[]): SourceFile[] =>
    files.flatMap((file) => {
      const fresh = stats.get(file.path);
      if (!fresh) return [file];
      const text = readTextFile(file.absPath, file.path, diagnostics);
      return text === undefined ? [] : [{ ...file, text, size: fresh.size, mtimeMs: fresh.mtimeMs }];
    });
  return {
    posts: reread(previous.posts),
    pages: reread(previous.pages),
    data: reread(previous.data),
    ...discoverTheme(config, diagnostics),
    staticFiles: previous.staticFiles.map((file) => {
      const fresh = stats.get(file.path);
      return fresh ? { ...file, size: fresh.size, mtimeMs: fresh.mtimeMs } : file;
    }),
  };
}

/**
 * The theme's templates and assets, with the site's `templates/` files of the same name taking their
 * place. Templates are read as text; assets (CSS, images, fonts) are copied as they are.
 */
function discoverTheme(
  config: ResolvedConfig,
  diagnostics: Diagnostic[],
): { theme: ThemeFile[]; themeAssets: StaticFile[] } {
  const templates = new Map<string, ThemeFile>();
  const assets = new Map<string, StaticFile>();
  const add = (root: string, origin: ThemeFile['origin']) => {
    const walkRoot = origin === 'site' ? config.siteDir : root;
    for (const f of walkFiles(root, walkRoot, diagnostics)) {
      const folder = f.relative.split('/')[0] ?? '';
      const display = origin === 'site' ? `templates/${f.relative}` : f.absPath;
      if (folder === 'assets') {
        assets.set(f.relative, { path: display, absPath: f.absPath, outputPath: f.relative, size: f.size, mtimeMs: f.mtimeMs });
      } else if (templateFolders.includes(folder) && f.relative.endsWith('.hbs')) {
        const text = readTextFile(f.absPath, display, diagnostics);
        if (text !== undefined) templates.set(f.relative, { name: f.relative, path: display, absPath: f.absPath, text, origin });
      }
    }
  };
  add(config.themeDir, 'theme');
  add(path.join(config.siteDir, 'templates'), 'site');
  const byName = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  return { theme: byName(templates), themeAssets: byName(assets) };
}
