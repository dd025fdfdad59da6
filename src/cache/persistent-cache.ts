import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RelatedPicks } from '../model/build-site.js';
import type { ExcludedPost } from '../model/types.js';
import type { RenderedContent } from '../render/render-state.js';
import { knownHashes, type KnownHashes, type SourceStamp } from '../source/source-stamps.js';
import { inspectOutputDir } from '../write/output-marker.js';
import { readCheckedJson, writeCheckedJson, type CheckedRead } from './checked-json.js';
import { readRecordLog, saveRecordLog, type LogRead } from './record-log.js';
import { codeIdentity } from './code-identity.js';
import { openContentPack, type ContentPack, type PackEntry } from './content-pack.js';
import { createDocStore, type DocStore, type StoredDoc } from './stored-docs.js';

/**
 * An output file as the build that wrote it left it: path, fingerprint, size, modification time, and
 * the SHA-256 of its bytes when a build took it (for build reports: not read again while unchanged).
 */
export type StoredOutput = readonly [outputPath: string, fingerprint: string, size: number, mtimeMs: number, sha256?: string];

/** What a build wrote, saved once its output folder holds exactly that (`outputs.json`). */
export interface StoredOutputs {
  readonly identity: string;
  /** The output folder, relative to the site folder: the cache describes no other. */
  readonly outDir: string;
  /** Digest of every input file (see inputsDigest): equal, the build would write the same bytes. */
  readonly inputs: string;
  /** Digest of the site's shape and common values: while they are the same, only outputs that read a changed file can differ. */
  readonly planKey: string;
  readonly builtAt: number;
  /** The first instant at which a post's date or expiry changes which posts are published (null: never). */
  readonly stableUntil: number | null;
  readonly posts: number;
  readonly pages: number;
  readonly excluded: readonly ExcludedPost[];
  /** Diagnostics found after the sources were read: a build that skips its work reports them again. */
  readonly diagnostics: readonly Diagnostic[];
  readonly outputs: readonly StoredOutput[];
}

/**
 * Records of `content.jsonl`: rendered Markdown by content key (`md:<key>`), and where each HTML is in
 * the pack (`html:<version>`).
 */
type ContentRecord = RenderedContent | PackEntry;

/** The stamps of the source files a build read (`sources.json`). */
interface StoredStamps {
  readonly identity: string;
  readonly stamps: readonly SourceStamp[];
}

/** Related posts of the last build (`related.json`). */
interface StoredRelatedPicks extends RelatedPicks {
  readonly identity: string;
}

/** Files earlier versions kept, which nothing reads any more. */
const formerFiles = ['content.json', 'docs.json'];

/**
 * The cache folder of a site (`.quire-cache/` by default): what one build leaves for the next, keyed by
 * content hashes and by the code's identity, never by absolute paths or file times, so a CI cache step
 * may restore it on another machine. Every file is checksummed: a damaged one is ignored with a
 * warning, and can only cause more work. Output files are trusted only while their size and time are
 * as the build that wrote them recorded.
 */
export interface PersistentCache {
  readonly dir: string;
  /** What the last build wrote, when it wrote into this output folder (files since changed are left out). */
  readonly outputs: StoredOutputs | undefined;
  /** Whether every output file of the last build is still as it was written. */
  readonly outputsIntact: boolean;
  /** Hashes of source files still as the last build read them: those need not be read to be hashed. */
  readonly knownHashes: KnownHashes;
  /**
   * Parsed posts and pages of the last build with the same config (`configKey`): the files of those
   * need not be read. Saved with the rest by `save`.
   */
  docs(configKey: string): DocStore;
  /** Rendered Markdown of earlier builds, by content key (read on first use). */
  content(): Map<string, RenderedContent>;
  readonly html: Pick<ContentPack, 'get' | 'has' | 'put'>;
  /** The related posts the last build picked, with a digest of what it picked them from. */
  related(): RelatedPicks | undefined;
  /** Keeps the stamps of the source files, unless they are the ones read: written only when they differ. */
  saveStamps(stamps: readonly SourceStamp[]): void;
  /** Called before output files are replaced: until save, the stored outputs describe nothing. */
  forgetOutputs(): void;
  save(
    outputs: Omit<StoredOutputs, 'identity' | 'outDir'>,
    content: ReadonlyMap<string, RenderedContent>,
    liveHtml: ReadonlySet<string>,
    stamps: readonly SourceStamp[],
    related: RelatedPicks | undefined,
  ): void;
  /** A failed build: the cache stays as it was. */
  discard(): void;
}

export const defaultCacheDir = '.quire-cache';

export function openPersistentCache(dir: string, siteDir: string, outDir: string, diagnostics: Diagnostic[]): PersistentCache {
  const identity = codeIdentity();
  const shown = path.relative(siteDir, dir).split(path.sep).join('/') || '.';
  const warn = (file: string, why: string) =>
    diagnostics.push(
      createDiagnostic('warning', 'CacheCorrupt', `cache file ${shown}/${file} ${why}; it is ignored and rebuilt`, {
        hint: 'nothing to do: this build renders what the file held, and writes it anew',
      }),
    );
  const readStored = <T extends { identity: string }>(file: string): T | undefined => {
    const read: CheckedRead<T> = readCheckedJson<T>(path.join(dir, file));
    if ('corrupt' in read) warn(file, read.corrupt);
    // Made by other code (another quire or Node version): not damaged, only of no use.
    return 'value' in read && read.value.identity === identity ? read.value : undefined;
  };

  const relativeOut = path.relative(siteDir, outDir).split(path.sep).join('/');
  const stored = readStored<StoredOutputs>('outputs.json');
  const forThisFolder = stored && stored.outDir === relativeOut && inspectOutputDir(outDir) === 'ours' ? stored : undefined;
  const unchanged = forThisFolder ? forThisFolder.outputs.filter((output) => isAsWritten(outDir, output)) : [];
  const outputs = forThisFolder ? { ...forThisFolder, outputs: unchanged } : undefined;

  const loadedStamps = readStored<StoredStamps>('sources.json')?.stamps;
  const stamps = loadedStamps ?? [];
  const writeStamps = (sourceStamps: readonly SourceStamp[]) => {
    mkdirSync(dir, { recursive: true });
    writeCheckedJson(path.join(dir, 'sources.json'), { identity, stamps: sourceStamps } satisfies StoredStamps);
  };

  // Logs of records: a rebuild after a few edits appends a few lines to each (see record-log.ts).
  const readLog = <V>(file: string, owner: string): LogRead<V> => {
    const read = readRecordLog<V>(path.join(dir, file), owner);
    if ('corrupt' in read) warn(file, read.corrupt);
    return read;
  };
  const recordsOf = <V>(read: LogRead<V> | undefined): ReadonlyMap<string, V> => (read && 'records' in read ? read.records : new Map());
  let contentLog: LogRead<ContentRecord> | undefined;
  const loadContent = () => (contentLog ??= readLog<ContentRecord>('content.jsonl', identity));
  let pack: ContentPack | undefined;
  const packOf = () => {
    if (!pack) {
      mkdirSync(dir, { recursive: true });
      const index: Record<string, PackEntry> = {};
      const read = loadContent();
      for (const [key, value] of recordsOf(read)) if (key.startsWith('html:')) index[key.slice(5)] = value as PackEntry;
      // No index (no log, or a damaged one): nothing in an old pack can be found.
      pack = openContentPack(path.join(dir, 'content.pack'), 'records' in read && read.lines > 0 ? index : undefined, () => warn('content.pack', 'is damaged'));
    }
    return pack;
  };
  let contentMap: Map<string, RenderedContent> | undefined;
  let storedRelated: { value: RelatedPicks | undefined } | undefined;
  const loadRelated = () => (storedRelated ??= { value: readStored<StoredRelatedPicks>('related.json') }).value;
  let docStore: { owner: string; read: LogRead<StoredDoc>; store: DocStore } | undefined;

  return {
    dir,
    outputs,
    outputsIntact: forThisFolder !== undefined && unchanged.length === forThisFolder.outputs.length,
    knownHashes: knownHashes(stamps),
    docs(config) {
      const owner = `${identity} ${config}`;
      const read = readLog<StoredDoc>('docs.jsonl', owner);
      docStore = { owner, read, store: createDocStore(recordsOf(read)) };
      return docStore.store;
    },
    content: () => {
      if (!contentMap) {
        contentMap = new Map();
        for (const [key, value] of recordsOf(loadContent())) if (key.startsWith('md:')) contentMap.set(key.slice(3), fromJson(value as RenderedContent));
      }
      return contentMap;
    },
    html: { get: (key) => packOf().get(key), has: (key) => packOf().has(key), put: (key, html) => packOf().put(key, html) },
    related: loadRelated,
    forgetOutputs: () => rmSync(path.join(dir, 'outputs.json'), { force: true }),
    saveStamps(sourceStamps) {
      if (!loadedStamps || !sameStamps(loadedStamps, sourceStamps)) writeStamps(sourceStamps);
    },
    save(saved, content, liveHtml, sourceStamps, related) {
      mkdirSync(dir, { recursive: true });
      for (const name of formerFiles) rmSync(path.join(dir, name), { force: true });
      const index = packOf().finish(liveHtml);
      const records = new Map<string, ContentRecord>();
      for (const [key, rendered] of content) records.set(`md:${key}`, rendered);
      for (const [version, entry] of Object.entries(index)) records.set(`html:${version}`, entry);
      // Rendered Markdown is keyed by what it was rendered from: under the same key, the same record.
      const sameContent = (key: string, before: ContentRecord, now: ContentRecord) =>
        key.startsWith('md:') || (before as PackEntry).every((part, i) => part === (now as PackEntry)[i]);
      saveRecordLog(path.join(dir, 'content.jsonl'), identity, loadContent(), records, sameContent);
      writeStamps(sourceStamps);
      if (docStore) saveRecordLog(path.join(dir, 'docs.jsonl'), docStore.owner, docStore.read, docStore.store.current(), (_, before, now) => before.hash === now.hash);
      // Picked from the same posts, dates and tags by the same code: the same picks, already on disk.
      if (!related) rmSync(path.join(dir, 'related.json'), { force: true });
      else if (loadRelated()?.key !== related.key) writeCheckedJson(path.join(dir, 'related.json'), { identity, ...related } satisfies StoredRelatedPicks);
      writeCheckedJson(path.join(dir, 'outputs.json'), { identity, outDir: relativeOut, ...saved } satisfies StoredOutputs);
    },
    discard: () => pack?.close(),
  };
}

function sameStamps(a: readonly SourceStamp[], b: readonly SourceStamp[]): boolean {
  return a.length === b.length && a.every((stamp, at) => stamp.every((part, i) => part === b[at]![i]));
}

/** The stat of an output file as recorded when it was written. */
export function statOutput(outDir: string, outputPath: string, fingerprint: string, sha256?: string): StoredOutput | undefined {
  try {
    // Output paths are normalized already; path.join would cost tens of thousands of calls.
    const stat = statSync(`${outDir}/${outputPath}`);
    return sha256 ? [outputPath, fingerprint, stat.size, stat.mtimeMs, sha256] : [outputPath, fingerprint, stat.size, stat.mtimeMs];
  } catch {
    return undefined;
  }
}

function isAsWritten(outDir: string, [outputPath, fingerprint, size, mtimeMs]: StoredOutput): boolean {
  const now = statOutput(outDir, outputPath, fingerprint);
  return now !== undefined && now[2] === size && now[3] === mtimeMs;
}

/** JSON has no `undefined`: a link that led nowhere comes back as null. */
function fromJson(content: RenderedContent): RenderedContent {
  return { ...content, links: content.links.map(([source, href]) => [source, href ?? undefined] as const) };
}
