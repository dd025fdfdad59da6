import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildOptions } from '../config/types.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { build, type BuildResult } from './build.js';

/** At most this many differing files are named; the count says how many there were. */
const shownDifferences = 20;

/**
 * `--verify`: builds the site again without the persistent cache, into a temporary folder, with the same
 * "now", and compares both outputs byte for byte. Each differing, missing or extra file is an error;
 * the cache that led to them is removed, so the next build starts without it.
 */
export async function verifyWithoutCache(siteDir: string, options: BuildOptions, cached: BuildResult, cacheDir: string | undefined): Promise<Diagnostic[]> {
  const config = cached.config;
  if (!config) return [];
  const temporary = mkdtempSync(path.join(os.tmpdir(), 'quire-verify-'));
  try {
    const clean = await build(siteDir, { ...options, cache: false, now: config.now, outDir: path.join(temporary, 'site'), force: true });
    if (!clean.ok) {
      return [createDiagnostic('error', 'VerifyFailed', 'the build without the cache failed where the build with it succeeded')];
    }
    const differences = compareFolders(config.outDir, path.join(temporary, 'site'));
    if (differences.length === 0) return [];
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    const shownOut = path.relative(config.siteDir, config.outDir).split(path.sep).join('/');
    const diagnostics = differences.slice(0, shownDifferences).map(({ file, how }) =>
      createDiagnostic('error', 'VerifyMismatch', `${shownOut}/${file} ${how} the output of a build without the cache`, {
        hint: 'the cache was removed; the next build renders everything again. Please report this with the file named here',
      }),
    );
    if (differences.length > shownDifferences) {
      diagnostics.push(createDiagnostic('error', 'VerifyMismatch', `and ${differences.length - shownDifferences} more files differ`));
    }
    return diagnostics;
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Files that differ between two folders, by path relative to them, in path order. */
export function compareFolders(actual: string, expected: string): { file: string; how: string }[] {
  const actualFiles = listFiles(actual);
  const expectedFiles = listFiles(expected);
  const all = [...new Set([...actualFiles, ...expectedFiles])].sort();
  const differences: { file: string; how: string }[] = [];
  for (const file of all) {
    if (!expectedFiles.has(file)) differences.push({ file, how: 'is not in' });
    else if (!actualFiles.has(file)) differences.push({ file, how: 'is missing, unlike' });
    else if (!readFileSync(path.join(actual, file)).equals(readFileSync(path.join(expected, file)))) differences.push({ file, how: 'differs from' });
  }
  return differences;
}

function listFiles(dir: string): Set<string> {
  const files = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.add(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return files;
}
