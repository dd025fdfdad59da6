import path from 'node:path';
import { resolveConfig } from '../../src/config/load-config.js';
import type { BuildOptions, ResolvedConfig, UserConfig } from '../../src/config/types.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readSourceDoc } from '../../src/parse/read-source-doc.js';
import type { SourceDoc } from '../../src/parse/source-doc.js';

/** A resolved config for pure tests: fixed "now", no file system. */
export function testConfig(user: UserConfig = {}, options: BuildOptions = {}): ResolvedConfig {
  return resolveConfig('/site', undefined, user, { now: Date.UTC(2026, 0, 1), ...options });
}

/** A post or page from Markdown text, as the parser makes it; throws on diagnostics. */
export function docFrom(sourcePath: string, text: string, config = testConfig()): SourceDoc {
  const diagnostics: Diagnostic[] = [];
  const kind = sourcePath.startsWith('pages/') ? 'page' : 'post';
  const doc = readSourceDoc({ path: sourcePath, absPath: path.join('/site', sourcePath), text }, kind, config.timezone, diagnostics);
  if (!doc) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return doc;
}

/** A post with the given front-matter fields. */
export function post(file: string, fields: Record<string, string | boolean | string[]>): SourceDoc {
  const yaml = Object.entries(fields)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`)
    .join('\n');
  return docFrom(`posts/${file}`, `---\n${yaml}\n---\nBody of ${file}.\n`);
}
