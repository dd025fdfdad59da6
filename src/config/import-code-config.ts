import { createJiti } from 'jiti';
import { BuildAbort, createDiagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';

/**
 * Runs a code config (`quire.config.ts`, `.mjs`, `.js`) and returns its default export (or what a
 * default-exported function returns). jiti loads TypeScript on Node 20, which cannot strip types
 * itself; with its caches off, every call reads the config and the files it imports anew, so a watch
 * session sees edits to them. A file that fails to load is a `ConfigLoadFailed` (exit code 2).
 */
export async function importCodeConfig(absPath: string, configFile: string): Promise<unknown> {
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
  try {
    const exported: unknown = await jiti.import(absPath, { default: true });
    return typeof exported === 'function' ? await (exported as () => unknown)() : exported;
  } catch (error) {
    const at = errorPosition(error);
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(absPath, configFile) : String(error);
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

/** The line and column of a syntax error (its `loc`), when the error has one. */
function errorPosition(error: unknown): SourcePosition | undefined {
  const loc = (error as { loc?: { line?: unknown; column?: unknown } } | null)?.loc;
  if (loc && typeof loc.line === 'number' && typeof loc.column === 'number') return { line: loc.line, column: loc.column + 1 };
  return undefined;
}
