import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The file quire leaves in every output folder it writes: the proof, on the next build, that the
 * folder is quire's to replace. Its bytes never change, so builds stay byte-identical.
 */
export const outputMarkerName = '.quire-output';

const markerText = 'This folder is written by quire. Every build replaces all of its contents.\n';

/** Files that operating systems drop into folders by themselves: they do not make a folder anyone's. */
const systemLitter = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

export type OutputDirState = 'missing' | 'not-a-folder' | 'empty' | 'ours' | 'not-ours';

/** What is at the output folder's path now, and whether quire may replace it. */
export function inspectOutputDir(outDir: string): OutputDirState {
  let names: string[];
  try {
    if (!statSync(outDir).isDirectory()) return 'not-a-folder';
    names = readdirSync(outDir);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'not-a-folder';
  }
  if (names.includes(outputMarkerName)) return 'ours';
  return names.every((name) => systemLitter.has(name)) ? 'empty' : 'not-ours';
}

/** Marks a staged site as quire's before it takes the output folder's place. */
export function writeOutputMarker(dir: string): void {
  writeFileSync(path.join(dir, outputMarkerName), markerText);
}
