import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildState } from '../render/render-state.js';
import { findSourceFile } from '../source/discover-sources.js';
import type { FileChange } from './classify-change.js';

/**
 * The changes the last good build has not seen yet. A storm of events (a checkout, a sync) often goes
 * on after a rebuild started, and that rebuild, which lists the folders again, already read the files
 * the late events are about. A post, page or data file whose text is the one the build read, and a
 * deleted file the build did not read, need no rebuild. Texts are compared, never modification times:
 * two saves within one clock tick keep the same time.
 */
export function unseenChanges(changes: readonly FileChange[], state: BuildState | undefined, root: string): FileChange[] {
  if (!state) return [...changes];
  return changes.filter((change) => {
    const known = findSourceFile(state.sources, change.path);
    if (change.event === 'unlink') return known !== undefined || !/^(posts|pages|data)\//.test(change.path);
    if (!known || !('text' in known)) return true;
    try {
      return readFileSync(path.join(root, change.path), 'utf8').replace(/^\uFEFF/, '') !== known.text;
    } catch {
      return true;
    }
  });
}
