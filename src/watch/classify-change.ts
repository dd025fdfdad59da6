import path from 'node:path';
import { configFileNames } from '../config/defaults.js';

/** What a changed file is to the build. */
export type ChangeKind = 'post' | 'page' | 'template' | 'data' | 'static' | 'config' | 'ignored';

export interface FileChange {
  /** Path relative to the site folder, `/`-separated. */
  readonly path: string;
  readonly event: 'add' | 'change' | 'unlink';
}

/**
 * Sorts a changed path (relative to the site folder) by what it means to the build. Paths inside the
 * output or cache folders are ignored, so a build never triggers itself.
 */
export function classifyChange(relativePath: string, ignoredFolders: readonly string[]): ChangeKind {
  const normalized = relativePath.split(path.sep).join('/');
  if (ignoredFolders.some((folder) => folder && (normalized === folder || normalized.startsWith(`${folder}/`)))) {
    return 'ignored';
  }
  if ((configFileNames as readonly string[]).includes(normalized)) return 'config';
  const [top, ...rest] = normalized.split('/');
  const name = rest[rest.length - 1] ?? '';
  if (name.startsWith('.') && top !== 'static') return 'ignored';
  switch (top) {
    // The code a config imports (a site's own plugins): the config is loaded again.
    case 'plugins':
      return /\.(ts|mts|js|mjs|cjs|json)$/i.test(name) ? 'config' : 'ignored';
    case 'posts':
      return /\.(md|markdown)$/i.test(name) ? 'post' : 'ignored';
    case 'pages':
      return /\.(md|markdown)$/i.test(name) ? 'page' : 'ignored';
    case 'templates':
      return 'template';
    case 'data':
      return /\.(json|ya?ml)$/i.test(name) ? 'data' : 'ignored';
    case 'static':
      return 'static';
    default:
      return 'ignored';
  }
}

/** One line for the rebuild log: "posts/a.md changed", "3 files changed (2 posts, 1 template)". */
export function describeChanges(changes: readonly FileChange[], kinds: readonly ChangeKind[]): string {
  if (changes.length === 1) {
    const [change] = changes;
    const verb = change!.event === 'add' ? 'added' : change!.event === 'unlink' ? 'deleted' : 'changed';
    return `${change!.path} ${verb}`;
  }
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`);
  return `${changes.length} files changed (${parts.join(', ')})`;
}
