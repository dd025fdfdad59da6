import path from 'node:path';
import { watch } from 'chokidar';
import { isInside } from '../source/walk-files.js';
import type { FileChange } from './classify-change.js';

export interface FileWatcher {
  /** Resolves once the initial scan is done and events are live. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches a site folder with chokidar and reports changes as site-relative paths. The output folder,
 * the cache folder, `node_modules` and `.git` are never watched, so a build cannot trigger itself even
 * when its output lives inside the site folder.
 */
export function watchSiteFiles(
  siteDir: string,
  excludedDirs: readonly string[],
  onChange: (change: FileChange) => void,
  onError: (error: Error) => void,
): FileWatcher {
  const excluded = excludedDirs.map((dir) => path.resolve(dir));
  const watcher = watch(siteDir, {
    ignoreInitial: true,
    persistent: true,
    followSymlinks: false,
    ignored: (candidate: string) => {
      const absolute = path.resolve(candidate);
      if (excluded.some((dir) => isInside(absolute, dir))) return true;
      const relative = path.relative(siteDir, absolute).split(path.sep);
      return relative.includes('node_modules') || relative.includes('.git');
    },
  });
  const report = (event: FileChange['event']) => (file: string) =>
    onChange({ path: path.relative(siteDir, path.resolve(file)).split(path.sep).join('/'), event });
  watcher.on('add', report('add'));
  watcher.on('change', report('change'));
  watcher.on('unlink', report('unlink'));
  watcher.on('unlinkDir', report('unlink'));
  watcher.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { ready, close: () => watcher.close() };
}
