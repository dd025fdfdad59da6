import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { BuildAbort, createDiagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';

/**
 * Runs a code config (`quire.config.ts`, `.mjs`, `.js`) and returns its default export (or what a
 * default-exported function returns). jiti loads TypeScript on Node 20, which cannot strip types
 * itself; with its caches off, every call reads the config and the files it imports anew, so a watch
 * session sees edits to them. `import { defineConfig } from 'quire'` is this quire's, wherever the site
 * is: a site built by a quire installed elsewhere (globally, or by npx) needs no copy of its own. (Only
 * defineConfig: loading the whole package through jiti, anew on each build, would take seconds.)
 * A file that fails to load is a `ConfigLoadFailed` (exit code 2).
 */
export async function importCodeConfig(absPath: string, configFile: string): Promise<unknown> {
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false, alias: { quire: quireEntry } });
  try {
    const exported: unknown = await jiti.import(absPath, { default: true });
    return typeof exported === 'function' ? await (exported as () => unknown)() : exported;
  } catch (error) {
    const at = errorPosition(error, absPath);
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/^ParseError: /, '').trim() : String(error);
    throw new BuildAbort(
      [
        createDiagnostic('error', 'ConfigLoadFailed', `the config file could not be loaded: ${message}`, {
          file: configFile,
          ...(at ? { at } : {}),
          hint: 'the config file must run on its own and export the config: export default defineConfig({ ... })',
        }),
      ],
      2,
    );
  }
}

/** What a config imports from 'quire': the module of defineConfig (compiled, or TypeScript in tests). */
const quireEntry = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './define-config.ts' : './define-config.js', import.meta.url));

/** The line and column of a syntax error: jiti ends its message with `<file>:<line>:<column>` (0-based column). */
function errorPosition(error: unknown, absPath: string): SourcePosition | undefined {
  const message = error instanceof Error ? error.message : '';
  const found = message.slice(message.lastIndexOf(absPath) + absPath.length).match(/^:(\d+):(\d+)/);
  return message.includes(absPath) && found ? { line: Number(found[1]), column: Number(found[2]) + 1 } : undefined;
}
