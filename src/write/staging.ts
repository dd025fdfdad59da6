import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputContent } from '../render/output.js';
import { lockOutputDir, lockTimeoutMs, type OutputLock } from './output-lock.js';
import { writeOutputMarker } from './output-marker.js';
import { isRunning } from './process-alive.js';

/**
 * A folder beside the output folder that receives a whole build; it replaces the output folder only
 * when the build succeeded, so a failed build leaves the previous site exactly as it was. The build
 * holds the output folder's lock from the creation of its staging folder until commit or discard.
 */
export interface Staging {
  readonly dir: string;
  write(outputPath: string, content: OutputContent): void;
  /** Swaps the staged site in place of the output folder. */
  commit(): void;
  /** Removes the staged files; the output folder is untouched. */
  discard(): void;
}

export function createStaging(outDir: string): Staging {
  const parent = path.dirname(outDir);
  const dir = path.join(parent, `.${path.basename(outDir)}.quire-staging-${process.pid}`);
  mkdirSync(parent, { recursive: true });
  const lock = lockOutputDir(outDir, { timeoutMs: lockTimeoutMs() });
  try {
    removeStaleStaging(outDir);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    lock.release();
    throw error;
  }
  const madeDirs = new Set<string>([dir]);
  const stagedFiles: string[] = [];
  return {
    dir,
    write(outputPath, content) {
      const target = path.resolve(dir, outputPath);
      if (!target.startsWith(dir + path.sep)) throw new Error(`refusing to write outside the output folder: ${outputPath}`);
      const folder = path.dirname(target);
      if (!madeDirs.has(folder)) {
        mkdirSync(folder, { recursive: true });
        madeDirs.add(folder);
      }
      if ('text' in content) writeFileSync(target, content.text);
      else copyFileSync(content.copyFrom, target);
      stagedFiles.push(outputPath);
    },
    commit() {
      // Killed between the two renames, the previous site waits beside the output folder under a name
      // the next build recognises and puts back (see removeStaleStaging).
      holding(lock, () => {
        writeOutputMarker(dir);
        const previous = path.join(parent, `.${path.basename(outDir)}.quire-old-${process.pid}`);
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(outDir)) renameSync(outDir, previous);
        renameSync(dir, outDir);
        rmSync(previous, { recursive: true, force: true });
      });
    },
    discard() {
      holding(lock, () => rmSync(dir, { recursive: true, force: true }));
    },
  };
}

/** Runs the last step of a staging, then gives the lock up whatever happened. */
function holding(lock: OutputLock, step: () => void): void {
  try {
    step();
  } finally {
    lock.release();
  }
}


/**
 * Cleans up after builds that were killed (their process no longer runs): removes their staging folders
 * and lock drafts, and their copies of the previous site, except that when a build was killed in the
 * middle of its swap (the output folder is gone), its copy of the previous site is put back in place.
 * Called with the output folder's lock held; what a build still running left is never touched.
 */
function removeStaleStaging(outDir: string): void {
  const parent = path.dirname(outDir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const outName = path.basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${outName}\\.quire-(staging-|old-|lock\\.stale-|lock\\.)(\\d+)$`);
  for (const name of names.sort()) {
    const [, kind, pidText] = pattern.exec(name) ?? [];
    const pid = Number(pidText);
    if (!pid || isRunning(pid)) continue;
    const leftover = path.join(parent, name);
    if (kind === 'old-' && !existsSync(outDir)) renameSync(leftover, outDir);
    else rmSync(leftover, { recursive: true, force: true });
  }
}
