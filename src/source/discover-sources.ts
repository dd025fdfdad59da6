import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readTextFile } from './read-text-file.js';
import type { SiteSources, SourceFile, StaticFile, ThemeFile } from './types.js';
import { walkFiles } from './walk-files.js';

const markdownExtensions = /\.(md|markdown)$/i;
const dataExtensions = /\.(json|ya?ml)$/i;
const templateFolders = ['layouts', 'partials'];

/**
 * Finds and reads every input of the site: posts, pages, data files, theme files (the site's
 * `templates/` over the default theme) and static files. Unreadable files become diagnostics.
 */
export function discoverSources(config: ResolvedConfig, diagnostics: Diagnostic[]): SiteSources {
  const site = config.siteDir;
  const readFolder = (folder: string, pattern: RegExp): SourceFile[] =>
    walkFiles(path.join(site, folder), site, diagnostics)
      .filter((f) => pattern.test(f.relative))
      .flatMap((f) => {
        const display = `${folder}/${f.relative}`;
        const text = readTextFile(f.absPath, display, diagnostics);
        return text === undefined ? [] : [{ path: display, absPath: f.absPath, text }];
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
