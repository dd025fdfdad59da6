import { copyFileSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputContent } from '../render/output.js';
import { lockOutputDir, lockTimeoutMs } from './output-lock.js';

/**
 * How a watch rebuild updates the few files it changed: each is written to a temporary file beside
 * its target in the output folder, and all are renamed over their targets (each replaced atomically)
 * only once the whole rebuild succeeded. No staging folder is made and removed, which on large sites
 * costs more than the files themselves.
 */
export interface InPlaceUpdate {
  write(outputPath: string, content: OutputContent): void;
  /** Renames every written file over its target and deletes the `removed` outputs. */
  commit(removed: readonly string[]): void;
  /** Deletes the temporary files (and the folders made for them): the output folder is as it was. */
  discard(): void;
}

const temporarySuffix = `.quire-${process.pid}.tmp`;

/** `beforeFirstWrite` runs once, before the first temporary file is written (nothing runs if none is). */
export function createInPlaceUpdate(outDir: string, beforeFirstWrite?: () => void): InPlaceUpdate {
  // Held from the first write to the commit or discard, as a staged build holds it.
  const lock = lockOutputDir(outDir, { timeoutMs: lockTimeoutMs() });
  const written: string[] = [];
  const madeDirs: string[] = [];
  // Folders known to exist: each is made (or found) once, not once per file written into it.
  const folders = new Set<string>();
  const targetOf = (outputPath: string) => {
    const target = path.resolve(outDir, outputPath);
    if (!target.startsWith(outDir + path.sep)) throw new Error(`refusing to write outside the output folder: ${outputPath}`);
    return target;
  };
  return {
    write(outputPath, content) {
      if (written.length === 0) beforeFirstWrite?.();
      const target = targetOf(outputPath);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        const made = mkdirSync(folder, { recursive: true });
        if (made) madeDirs.push(made);
        folders.add(folder);
      }
      const temporary = target + temporarySuffix;
      if ('text' in content) writeFileSync(temporary, content.text);
      else copyFileSync(content.copyFrom, temporary);
      written.push(target);
    },
    commit(removed) {
      try {
        for (const target of written) renameSync(target + temporarySuffix, target);
        for (const relative of removed) removeOutput(outDir, relative);
      } finally {
        lock.release();
      }
    },
    discard() {
      try {
        for (const target of written) rmSync(target + temporarySuffix, { force: true });
        for (const made of madeDirs.reverse()) rmSync(made, { recursive: true, force: true });
      } finally {
        lock.release();
      }
    },
  };
}

/** Deletes one output file and the folders it leaves empty, never above the output folder. */
function removeOutput(outDir: string, relative: string): void {
  const target = path.resolve(outDir, relative);
  if (!target.startsWith(outDir + path.sep)) return;
  rmSync(target, { force: true });
  for (let folder = path.dirname(target); folder !== outDir && folder.startsWith(outDir + path.sep); folder = path.dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      break;
    }
  }
}
