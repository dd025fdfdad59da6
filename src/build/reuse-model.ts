import { settingsText } from '../config/config-text.js';
import type { ResolvedConfig } from '../config/types.js';
import { exclusionReason } from '../model/build-site.js';
import type { Site } from '../model/types.js';
import type { SourceDoc } from '../parse/source-doc.js';
import { fingerprintOf } from '../render/fingerprint.js';
import type { SourceFile } from '../source/types.js';

const frontMatterKeys = new WeakMap<SourceDoc, string>();

/** A list of strings two builds compare item by item (cheaper than hashing them all on large sites). */
export type BuildKey = readonly string[];

export function sameKey(a: BuildKey | undefined, b: BuildKey): boolean {
  return a !== undefined && a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * What the site model is built from, besides the Markdown bodies. Each doc's front matter is hashed
 * once: docs of unchanged files are kept from one watch rebuild to the next.
 */
export function modelKeyOf(config: ResolvedConfig, dataFiles: readonly SourceFile[], docs: readonly SourceDoc[]): BuildKey {
  const keyOf = (doc: SourceDoc) => {
    let key = frontMatterKeys.get(doc);
    if (key === undefined) {
      key = fingerprintOf(doc.kind, doc.path, doc.frontMatterText);
      frontMatterKeys.set(doc, key);
    }
    return key;
  };
  return [settingsText(config), ...dataFiles.map((f) => `${f.path}\n${f.text}`), ...docs.map(keyOf)];
}

/**
 * Whether the previous site model still holds: same config, data files, set of posts and pages and
 * front matter, and the same posts left out at this build's "now". Then only Markdown bodies changed,
 * and a watch rebuild can keep the model (and skip every output that shows none of those bodies).
 */
export function canReuseModel(
  previous: { site: Site; modelKey: BuildKey } | undefined,
  modelKey: BuildKey,
  docs: readonly SourceDoc[],
  config: ResolvedConfig,
): previous is { site: Site; modelKey: BuildKey } {
  if (!previous || !sameKey(previous.modelKey, modelKey)) return false;
  const excluded = new Set(previous.site.excluded.map((e) => `${e.sourcePath}:${e.reason}`));
  const nowExcluded = docs.flatMap((doc) => {
    const reason = exclusionReason(doc, config);
    return reason ? [`${doc.path}:${reason}`] : [];
  });
  return nowExcluded.length === excluded.size && nowExcluded.every((key) => excluded.has(key));
}

/**
 * The instant until which the published and left-out posts stay as they are: the earliest date of a
 * post left out as future, or expiry of a published post, after "now". Infinity when none.
 */
export function exclusionsStableUntil(docs: readonly SourceDoc[], config: ResolvedConfig): number {
  let until = Infinity;
  for (const doc of docs) {
    for (const date of [doc.date, doc.expires]) if (date && date.ms > config.now && date.ms < until) until = date.ms;
  }
  return until;
}
