import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { copyExample, repoRoot } from './run-cli.js';

/**
 * Copies `examples/plugins` into `into`, with a `node_modules` beside it that holds what its config
 * imports (quire itself and markdown-it-container), as links: nothing is installed.
 */
export function copyPluginExample(into: string): string {
  const site = copyExample('plugins', into);
  const modules = path.join(into, 'node_modules');
  mkdirSync(modules, { recursive: true });
  symlinkSync(repoRoot, path.join(modules, 'quire'), 'dir');
  symlinkSync(path.join(repoRoot, 'node_modules', 'markdown-it-container'), path.join(modules, 'markdown-it-container'), 'dir');
  return site;
}
