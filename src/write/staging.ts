import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputContent } from '../render/output.js';
import { writeOutputMarker } from './output-marker.js';

/**
 * A folder beside the output folder that receives a whole build; it replaces the output folder only
 * when the build succeeded, so a failed build leaves the previous site exactly as it was.
 */
export interface Staging {
  readonly dir: string;
  write(outputPath: string, content: OutputContent): void;
  /** Swaps the staged site in place of the output folder. */
  commit(): void;
  /**
   * Moves the staged files into the existing output folder one by one (each replaced atomically by a
   * rename) and removes `removed` outputs: how a watch rebuild updates only what changed.
   */
  merge(removed: readonly string[]): void;
  /** Removes the staged files; the output folder is untouched. */
  discard(): void;
}

export function createStaging(outDir: string): Staging {
  const parent = path.dirname(outDir);
  const dir = path.join(parent, `.${path.basename(outDir)}.quire-staging-${process.pid}`);
  removeStaleStaging(parent, path.basename(outDir));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
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
      writeOutputMarker(dir);
      const previous = path.join(parent, `.${path.basename(outDir)}.quire-old-${process.pid}`);
      rmSync(previous, { recursive: true, force: true });
      if (existsSync(outDir)) renameSync(outDir, previous);
      renameSync(dir, outDir);
      rmSync(previous, { recursive: true, force: true });
    },
    merge(removed) {
      mkdirSync(outDir, { recursive: true });
      for (const relative of stagedFiles) {
        const target = path.join(outDir, relative);
        mkdirSync(path.dirname(target), { recursive: true });
        renameSync(path.join(dir, relative), target);
      }
      for (const relative of removed) removeOutput(outDir, relative);
      rmSync(dir, { recursive: true, force: true });
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
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

/**
 * Removes staging and old-output folders left beside the output folder by builds that were killed
 * (their process no longer runs). Folders of a build still running are left alone.
 */
function removeStaleStaging(parent: string, outName: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const pattern = new RegExp(`^\\.${outName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.quire-(staging|old)-(\\d+)$`);
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[2]);
    if (!pid || isRunning(pid)) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
