import type { Entry } from '../model/types.js';
import { contentKeyOf, reuseEntryContent } from '../render/entry-content.js';
import type { PlannedOutput } from '../render/output.js';
import type { RenderScope } from '../render/render-scope.js';

/** A body the build loop will render in full, for the page `output`. */
export interface BodyToRender {
  readonly output: PlannedOutput;
  readonly entry: Entry;
  /** Its content key: where the rendered body waits for the page (see RenderScope.prerendered). */
  readonly key: string;
}

/**
 * The bodies producing `outputs` will surely render, in the order the build loop produces them. `written`
 * holds the fingerprints of the files an incremental build finds in place: a page among them whose
 * Markdown was rendered before may be skipped unchanged, so it is left to the main thread.
 */
export function selectBodiesToRender(scope: RenderScope, outputs: readonly PlannedOutput[], written?: ReadonlyMap<string, string>): BodyToRender[] {
  const selected: BodyToRender[] = [];
  for (const output of outputs) {
    if (output.renders === undefined) continue;
    const entry = scope.site.entries.get(output.renders);
    if (!entry) continue;
    const key = contentKeyOf(scope, entry);
    if (written?.has(output.outputPath) && scope.previous?.content.has(key)) continue;
    // Kept by the persistent cache: read from it, not rendered.
    const stored = scope.storedHtml && reuseEntryContent(scope, entry, key);
    if (stored && scope.storedHtml?.has(stored.version)) continue;
    selected.push({ output, entry, key });
  }
  return selected;
}
