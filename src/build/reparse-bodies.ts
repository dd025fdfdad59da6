import { settingsText } from '../config/config-text.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readSourceDoc } from '../parse/read-source-doc.js';
import type { SourceDoc } from '../parse/source-doc.js';
import type { BuildState } from '../render/render-state.js';
import { findSourceFile } from '../source/discover-sources.js';
import type { SiteSources } from '../source/types.js';

/**
 * The docs of a rebuild in which only the Markdown bodies of known posts and pages changed: the
 * previous build's docs, with those files parsed again. Undefined when anything else may have changed
 * (a file added or removed, a data, template or config file, front matter, a parse problem, or "now"
 * crossing a post's date or expiry): then the parse and model stages run in full. On a large site this
 * turns a one-line edit into work proportional to the edit.
 */
export function reparseBodies(
  previous: BuildState,
  sources: SiteSources,
  changed: ReadonlySet<string>,
  config: ResolvedConfig,
  diagnostics: Diagnostic[],
): { docs: SourceDoc[]; reparsed: Set<string> } | undefined {
  const model = previous.model;
  if (!model || model.modelKey[0] !== settingsText(config)) return undefined;
  if (config.now < model.builtAt || config.now >= model.stableUntil) return undefined;
  const cache = previous.docs;
  const replaced = new Map<string, SourceDoc>();
  const found: Diagnostic[] = [];
  for (const path of changed) {
    const file = findSourceFile(sources, path);
    const before = model.site.entries.get(path)?.doc;
    if (!file || !('text' in file) || !before) return undefined;
    const known = cache.get(path);
    if (known?.text === file.text) found.push(...(known.diagnostics ?? []));
    const doc = known?.text === file.text ? known.doc : readSourceDoc(file, before.kind, config.timezone, found);
    if (!doc || found.some((d) => d.severity === 'error') || doc.frontMatterText !== before.frontMatterText) return undefined;
    replaced.set(path, doc);
  }
  const docs = model.docs.map((doc) => replaced.get(doc.path) ?? doc);
  for (const [path, doc] of replaced) {
    const text = (findSourceFile(sources, path) as { text: string }).text;
    if (cache.get(path)?.doc !== doc) cache.set(path, { text, timezone: config.timezone, doc, diagnostics: found.filter((d) => d.file === path) });
  }
  diagnostics.push(...found);
  return { docs, reparsed: new Set(replaced.keys()) };
}
