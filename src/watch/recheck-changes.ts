import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileChange } from './classify-change.js';

/**
 * chokidar reports at most one change of a file per 50 ms and drops the rest: a second save soon after
 * the first (an editor that writes twice, a writer who saves again at once) would never be rebuilt.
 * So the bytes of a changed file are noted when its change is reported and compared again once that
 * window has passed; if they differ, the change is reported again.
 */
export function createChangeRecheck(root: string, report: (change: FileChange) => void, afterMs = 75) {
  const pending = new Map<string, { bytes: Buffer | undefined; timer: NodeJS.Timeout }>();
  const read = (relative: string) => {
    try {
      return readFileSync(path.join(root, relative));
    } catch {
      return undefined;
    }
  };
  const schedule = (relative: string, bytes: Buffer | undefined) => {
    const timer = setTimeout(() => {
      pending.delete(relative);
      const now = read(relative);
      if (now === undefined || (bytes !== undefined && now.equals(bytes))) return;
      report({ path: relative, event: 'change' });
      schedule(relative, now);
    }, afterMs);
    timer.unref();
    pending.set(relative, { bytes, timer });
  };
  return {
    /** Called for every reported change of a file. */
    changed(relative: string) {
      const known = pending.get(relative);
      if (known) clearTimeout(known.timer);
      schedule(relative, read(relative));
    },
    close() {
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
