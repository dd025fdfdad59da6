import path from 'node:path';
import { defaultCacheDir, openPersistentCache, statOutput, type PersistentCache, type StoredOutput } from '../cache/persistent-cache.js';
import type { BuildOptions, ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDoc } from '../parse/read-source-docs.js';
import { relatedPicksOf } from '../model/build-site.js';
import { contentKeyOf } from '../render/entry-content.js';
import type { createRenderScope } from '../render/render-scope.js';
import type { BuildState, RenderedContent } from '../render/render-state.js';
import type { SourceStamp } from '../source/source-stamps.js';
import { readOutputHashes } from '../write/output-hashes.js';
import { exclusionsStableUntil } from './reuse-model.js';

// What a single build takes from the persistent cache (see src/cache/) and leaves in it.

/** The build's persistent cache, when `options.cache` asks for one. */
export function openCache(config: ResolvedConfig, options: BuildOptions, diagnostics: Diagnostic[]): PersistentCache | undefined {
  if (!options.cache) return undefined;
  const dir = path.resolve(config.siteDir, options.cache === true ? defaultCacheDir : options.cache);
  return openPersistentCache(dir, config.siteDir, config.outDir, diagnostics);
}

/**
 * The persistent cache as the state of a previous build: its rendered Markdown, and the fingerprints of
 * the output files, which count only while every one of them is as that build wrote it.
 */
export function storedState(persistent: PersistentCache, outDir: string, sources: BuildState['sources']): BuildState {
  const intact = persistent.outputsIntact;
  return {
    outDir: intact ? outDir : '',
    fingerprints: new Map(intact ? persistent.outputs?.outputs.map(([outputPath, fingerprint]) => [outputPath, fingerprint]) : []),
    content: persistent.content(),
    docs: new Map(),
    theme: undefined,
    sources,
    model: undefined,
    plan: undefined,
    feedContent: new Map(),
  };
}

/**
 * Saves what the next build can reuse: the rendered Markdown of every published post and page, and
 * every output file with its fingerprint, size and time (only the files written now are looked at
 * again when the build was incremental).
 */
export function saveCache(
  persistent: PersistentCache,
  scope: ReturnType<typeof createRenderScope>,
  built: {
    digest: string;
    /** Digest of the site's shape and common values (see siteShapeOf): the same, the same plan. */
    planKey: string;
    fingerprints: ReadonlyMap<string, string>;
    /** Content hashes, when the build took them (kept for files the build did not write). */
    hashes: ReadonlyMap<string, string> | undefined;
    written: ReadonlySet<string> | undefined;
    diagnostics: Diagnostic[];
    docs: readonly ParsedDoc['doc'][];
    pages: number;
    stamps: readonly SourceStamp[];
  },
): void {
  const { site } = scope;
  const outDir = site.config.outDir;
  const before = new Map((persistent.outputs?.outputs ?? []).map((output) => [output[0], output]));
  const outputs: StoredOutput[] = [];
  for (const [outputPath, fingerprint] of [...built.fingerprints].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const known = built.written && !built.written.has(outputPath) ? before.get(outputPath) : undefined;
    const sha256 = built.hashes?.get(outputPath) ?? known?.[4];
    const output = known ? ([outputPath, fingerprint, known[2], known[3], sha256] as const) : statOutput(outDir, outputPath, fingerprint, sha256);
    if (output) outputs.push(output);
  }
  const content = new Map<string, RenderedContent>();
  for (const entry of site.entries.values()) {
    const key = contentKeyOf(scope, entry);
    const rendered = scope.content.get(key) ?? scope.previous?.content.get(key);
    if (rendered) content.set(key, rendered);
  }
  const stableUntil = exclusionsStableUntil(built.docs, site.config);
  persistent.save(
    {
      inputs: built.digest,
      planKey: built.planKey,
      builtAt: site.config.now,
      stableUntil: Number.isFinite(stableUntil) ? stableUntil : null,
      posts: site.posts.length,
      pages: built.pages,
      excluded: site.excluded,
      diagnostics: built.diagnostics,
      outputs,
    },
    content,
    new Set([...content.values()].map((rendered) => rendered.version)),
    built.stamps,
    relatedPicksOf(site),
  );
}

/**
 * The files of the output folder by path, with the SHA-256 of each, for a build report. A folder
 * updated in place keeps any file quire did not write, which is no part of the site: when the cache
 * knows every file the last build wrote as written, with its hash, those are the answer and the folder
 * is not read. Otherwise the folder is read, hashing only the files the cache does not know.
 */
export function outputFolderHashes(persistent: PersistentCache | undefined, outDir: string, inPlace: boolean): Map<string, string> {
  const stored = persistent?.outputs?.outputs;
  const known = storedHashes(stored);
  if (inPlace && persistent?.outputsIntact && known.size === stored?.length) return known;
  return readOutputHashes(outDir, known);
}

/** Content hashes the cache holds for output files still as written (recorded by builds that took them). */
function storedHashes(outputs: readonly StoredOutput[] | undefined): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const [outputPath, , , , sha256] of outputs ?? []) if (sha256) hashes.set(outputPath, sha256);
  return hashes;
}
