import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readTextFile, readTextFiles } from './read-text-file.js';
import type { KnownHashes } from './source-stamps.js';
import type { SiteSources, SourceFile, StaticFile, ThemeFile } from './types.js';
import { walkFiles, type WalkedFile } from './walk-files.js';

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

/** How posts and pages are read by a single build. */
export interface TextOptions {
  /** Hashes of files by their stamps: those files are not read to be hashed. */
  readonly known?: KnownHashes;
  /**
   * Posts and pages are listed, not read: each is read when parsed (see readDeferredFile), so that a
   * build never holds every text at once.
   */
  readonly defer?: boolean;
}

/**
 * Finds and reads every input of the site: posts, pages, data files, theme files (the site's
 * `templates/` over the default theme) and static files. Unreadable files become diagnostics. With
 * `reuse`, a post, page or data file that did not change (same size and modification time, and not
 * reported as changed by the watcher) keeps the text read before instead of being read again. With
 * `texts`, posts and pages may be deferred: listed with their size, time and (when known) hash.
 */
export function discoverSources(config: ResolvedConfig, diagnostics: Diagnostic[], reuse?: SourceReuse, texts: TextOptions = {}): SiteSources {
  const { known, defer = false } = texts;
  const refreshed = reuse && !reuse.rescan ? refreshSources(config, diagnostics, reuse) : undefined;
  if (refreshed) return refreshed;
  const site = config.siteDir;
  const previousFiles = new Map(reuse ? [...reuse.previous.posts, ...reuse.previous.pages, ...reuse.previous.data].map((f) => [f.path, f]) : []);
  const readFolder = (folder: string, pattern: RegExp, deferrable: boolean): SourceFile[] => {
    const listing = deferrable && (known !== undefined || defer);
    const found = walkFiles(path.join(site, folder), site, diagnostics, { stats: listing })
      .filter((f) => pattern.test(f.relative))
      .map((f) => ({ absPath: f.absPath, displayPath: `${folder}/${f.relative}`, stats: 'size' in f ? (f as WalkedFile) : undefined }));
    const kept = found.map(({ absPath, displayPath, stats: listed }): SourceFile | undefined => {
      const hash = listed && known?.(displayPath, listed.size, listed.mtimeMs);
      if (listed && (hash || defer)) return deferredFile(displayPath, absPath, listed.size, listed.mtimeMs, hash || undefined);
      const before = previousFiles.get(displayPath);
      if (!before || reuse?.changed.has(displayPath)) return undefined;
      // Only a file read before needs a stat first: one left as it was is not read again.
      const stats = statSync(absPath);
      return before.size === stats.size && before.mtimeMs === stats.mtimeMs ? before : undefined;
    });
    const read = readTextFiles(found.filter((_, at) => !kept[at]), diagnostics);
    let next = 0;
    return found.flatMap(({ absPath, displayPath }, at) => {
      const before = kept[at];
      if (before) return [before];
      const text = read[next++];
      return text ? [{ path: displayPath, absPath, text: text.text, size: text.size, mtimeMs: text.mtimeMs }] : [];
    });
  };

  const staticFiles: StaticFile[] = walkFiles(path.join(site, 'static'), site, diagnostics, {
    keepDotFiles: true,
  }).map((f) => ({ path: `static/${f.relative}`, absPath: f.absPath, outputPath: f.relative, size: f.size, mtimeMs: f.mtimeMs }));

  return {
    posts: readFolder('posts', markdownExtensions, true),
    pages: readFolder('pages', markdownExtensions, true),
    data: readFolder('data', dataExtensions, false),
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
  const index = indexOf(previous);
  const folders: [string, RegExp][] = [['posts/', markdownExtensions], ['pages/', markdownExtensions], ['data/', dataExtensions], ['static/', /./]];
  const found: [Listed, number, Stats][] = [];
  for (const changedPath of changed) {
    const at = index.get(changedPath);
    if (!at) {
      const isSource = folders.some(([folder, pattern]) => changedPath.startsWith(folder) && pattern.test(changedPath));
      if (isSource) return undefined;
      continue;
    }
    try {
      found.push([at[0], at[1], statSync(previous[at[0]][at[1]]!.absPath)]);
    } catch {
      return undefined;
    }
  }
  const lists = { posts: [...previous.posts], pages: [...previous.pages], data: [...previous.data], staticFiles: [...previous.staticFiles] };
  const unreadable: [Listed, number][] = [];
  for (const [list, at, stats] of found) {
    if (list === 'staticFiles') {
      lists.staticFiles[at] = { ...lists.staticFiles[at]!, size: stats.size, mtimeMs: stats.mtimeMs };
      continue;
    }
    const file = lists[list][at]!;
    const text = readTextFile(file.absPath, file.path, diagnostics);
    if (text === undefined) unreadable.push([list, at]);
    else lists[list][at] = { ...file, text, size: stats.size, mtimeMs: stats.mtimeMs };
  }
  // A file that cannot be read is left out, as a walk would; positions shift, so the index is not kept.
  for (const [list, at] of unreadable.sort((a, b) => b[1] - a[1])) lists[list].splice(at, 1);
  const refreshed: SiteSources = { ...lists, ...discoverTheme(config, diagnostics) };
  if (unreadable.length === 0) indexes.set(refreshed, index);
  return refreshed;
}

type Listed = 'posts' | 'pages' | 'data' | 'staticFiles';

/** The post, page, data or static file of a site-relative path among the sources, if there is one. */
export function findSourceFile(sources: SiteSources, sitePath: string): SourceFile | StaticFile | undefined {
  const at = indexOf(sources).get(sitePath);
  return at ? sources[at[0]][at[1]] : undefined;
}
const indexes = new WeakMap<SiteSources, Map<string, [Listed, number]>>();

/** Where each file of the sources sits, by path: made once and handed from one refresh to the next. */
function indexOf(sources: SiteSources): Map<string, [Listed, number]> {
  let index = indexes.get(sources);
  if (!index) {
    index = new Map();
    for (const list of ['posts', 'pages', 'data', 'staticFiles'] as const) sources[list].forEach((file, at) => index!.set(file.path, [list, at]));
    indexes.set(sources, index);
  }
  return index;
}

/**
 * The theme's templates and assets, in layers where a file replaces the one of the same name below it:
 * the default theme, the theme named by `theme:`, the partials of plugins, the site's `templates/`.
 * Templates are read as text; assets (CSS, images, fonts) are copied as they are.
 */
function discoverTheme(
  config: ResolvedConfig,
  diagnostics: Diagnostic[],
): { theme: ThemeFile[]; themeAssets: StaticFile[] } {
  const templates = new Map<string, ThemeFile>();
  const assets = new Map<string, StaticFile>();
  const add = (root: string, origin: ThemeFile['origin']) => {
    const walkRoot = origin === 'site' ? config.siteDir : root;
    // Files of a theme inside the site folder are named like the site's own; others by their full path.
    const inSite = !path.relative(config.siteDir, root).startsWith('..');
    for (const f of walkFiles(root, walkRoot, diagnostics)) {
      const folder = f.relative.split('/')[0] ?? '';
      const display = inSite ? path.relative(config.siteDir, f.absPath).split(path.sep).join('/') : f.absPath;
      if (folder === 'assets') {
        assets.set(f.relative, { path: display, absPath: f.absPath, outputPath: f.relative, size: f.size, mtimeMs: f.mtimeMs });
      } else if (templateFolders.includes(folder) && f.relative.endsWith('.hbs')) {
        const text = readTextFile(f.absPath, display, diagnostics);
        if (text !== undefined) templates.set(f.relative, { name: f.relative, path: display, absPath: f.absPath, text, origin });
      }
    }
  };
  add(config.themeDir, 'theme');
  if (config.theme) add(config.theme, 'theme');
  for (const plugin of config.plugins) {
    for (const [name, text] of Object.entries(plugin.partials ?? {})) {
      const file = `partials/${name}.hbs`;
      const display = `plugin:${plugin.name}/${file}`;
      templates.set(file, { name: file, path: display, absPath: display, text, origin: 'plugin' });
    }
  }
  add(path.join(config.siteDir, 'templates'), 'site');
  const byName = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  return { theme: byName(templates), themeAssets: byName(assets) };
}

/**
 * A file listed and not read yet: its text is read each time it is asked for, without reporting a file
 * that cannot be read (readDeferredFile does, when the file is parsed).
 */
function deferredFile(path: string, absPath: string, size: number, mtimeMs: number, hash: string | undefined): SourceFile {
  const file = { path, absPath, size, mtimeMs, hash, deferred: true };
  Object.defineProperty(file, 'text', { enumerable: true, get: () => readTextFile(absPath, path, []) ?? '' });
  return file as SourceFile;
}

/**
 * A deferred file with its text read, or undefined (and a diagnostic) when it cannot be read. A file
 * changed since it was listed keeps no hash: the one it had no longer describes it.
 */
export function readDeferredFile(file: SourceFile, diagnostics: Diagnostic[]): SourceFile | undefined {
  const [read] = readTextFiles([{ absPath: file.absPath, displayPath: file.path }], diagnostics);
  if (!read) return undefined;
  const same = read.size === file.size && read.mtimeMs === file.mtimeMs;
  return { path: file.path, absPath: file.absPath, text: read.text, size: read.size, mtimeMs: read.mtimeMs, hash: same ? file.hash : undefined };
}
