import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { copyExample, repoRoot } from './run-cli.js';

/**
 * Copies `examples/plugins` into `into`, with a `node_modules` beside it that holds what its plugins
 * import (markdown-it-container), as a link: nothing is installed. quire itself is not there: the
 * config's `import { defineConfig } from 'quire'` is answered by the quire that builds it.
 */
export function copyPluginExample(into: string): string {
  const site = copyExample('plugins', into);
  const modules = path.join(into, 'node_modules');
  mkdirSync(modules, { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules', 'markdown-it-container'), path.join(modules, 'markdown-it-container'), 'dir');
  return site;
}
