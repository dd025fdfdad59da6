import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputContent } from '../render/output.js';
import { walkFiles } from '../source/walk-files.js';
import { outputMarkerName } from './output-marker.js';

/** SHA-256 of a file's bytes, hex: what a deploy step compares, unlike the build's input fingerprints. */
export function contentHashOf(content: OutputContent): string {
  return 'text' in content ? hash('sha256', content.text, 'hex') : hash('sha256', readFileSync(content.copyFrom), 'hex');
}

/**
 * The files an output folder holds now, by path (`/`-separated), with the SHA-256 of their bytes.
 * `known` gives the hashes of files still as a previous build wrote them (from the build cache): those
 * are not read again. quire's own marker file is not part of the site. A missing folder holds nothing.
 */
export function readOutputHashes(outDir: string, known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of walkFiles(outDir, outDir, [], { keepDotFiles: true, stats: false })) {
    if (file.relative === outputMarkerName || /\.quire-\d+\.tmp$/.test(file.relative)) continue;
    hashes.set(file.relative, known.get(file.relative) ?? contentHashOf({ copyFrom: file.absPath }));
  }
  return hashes;
}

/** What a build changed in its output folder, each list of output paths sorted. */
export interface OutputChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

export const noChanges: OutputChanges = { added: [], changed: [], removed: [] };

/** Compares the folder's files before and after a build by their content hashes. */
export function compareOutputHashes(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): OutputChanges {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [outputPath, sha256] of after) {
    const was = before.get(outputPath);
    if (was === undefined) added.push(outputPath);
    else if (was !== sha256) changed.push(outputPath);
  }
  const removed = [...before.keys()].filter((outputPath) => !after.has(outputPath));
  return { added: added.sort(byPath), changed: changed.sort(byPath), removed: removed.sort(byPath) };
}

/**
 * Follows one build's writes from `before`, what the folder held when it started (taken with the
 * output folder's lock held): each file written is hashed from the bytes in hand, and a file the build
 * kept as it was keeps its hash from before. `finish` gives the hashes of the whole site and the changes.
 */
export function trackOutputHashes(outDir: string, before: ReadonlyMap<string, string>) {
  const written = new Map<string, string>();
  return {
    written(outputPath: string, content: OutputContent): void {
      written.set(outputPath, contentHashOf(content));
    },
    /** After the commit: `outputPaths` are every file of the site. */
    finish(outputPaths: Iterable<string>): { hashes: Map<string, string>; changes: OutputChanges } {
      const hashes = new Map<string, string>();
      for (const outputPath of [...outputPaths].sort(byPath)) {
        const sha256 = written.get(outputPath) ?? before.get(outputPath) ?? contentHashOf({ copyFrom: path.join(outDir, outputPath) });
        hashes.set(outputPath, sha256);
      }
      return { hashes, changes: compareOutputHashes(before, hashes) };
    },
  };
}

export type OutputHashTracker = ReturnType<typeof trackOutputHashes>;

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
