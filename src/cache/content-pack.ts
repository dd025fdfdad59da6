import { closeSync, fstatSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { checksumOf } from './checked-json.js';

/** Where a blob is in the pack: byte offset, byte length, SHA-1 of its bytes. */
export type PackEntry = readonly [offset: number, length: number, sha1: string];

/**
 * Rendered HTML kept between builds, in one file: blobs are appended as they are rendered (nothing is
 * held in memory) and found by an index saved with the cache. Every blob is checked against its
 * SHA-1 when read, so a damaged or truncated pack only means rendering again.
 */
export interface ContentPack {
  /** The HTML stored under a key, if the pack holds it intact. */
  get(key: string): string | undefined;
  /** Whether the index names HTML for a key (get checks it is intact). */
  has(key: string): boolean;
  /** Stores HTML under a key (once). */
  put(key: string, html: string): void;
  /** Forgets every blob but the `live` ones, compacting the file when most of it is dead; the index to save. */
  finish(live: ReadonlySet<string>): Record<string, PackEntry>;
  /** Closes the file without saving (a failed build): what it appended stays unindexed, dead bytes. */
  close(): void;
}

/** Dead bytes are reclaimed when they outweigh live ones and there are at least this many. */
const compactAbove = 4 * 1024 * 1024;

export function openContentPack(file: string, index: Readonly<Record<string, PackEntry>> | undefined, onDamage: () => void): ContentPack {
  const entries = new Map<string, PackEntry>(Object.entries(index ?? {}));
  let fd: number | undefined;
  let size = 0;
  const open = (): number => {
    if (fd === undefined) {
      // Without an index, nothing in an old pack can be found: start it anew.
      fd = index ? openExisting(file) : openSync(file, 'w+');
      size = fstatSync(fd).size;
    }
    return fd;
  };
  const read = (entry: PackEntry): Buffer | undefined => {
    const [offset, length, sha1] = entry;
    const bytes = Buffer.allocUnsafe(length);
    let got = 0;
    try {
      got = readSync(open(), bytes, 0, length, offset);
    } catch {
      got = -1;
    }
    return got === length && checksumOf(bytes) === sha1 ? bytes : undefined;
  };
  let damaged = false;
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      const bytes = read(entry);
      if (bytes) return bytes.toString('utf8');
      entries.delete(key);
      if (!damaged) onDamage();
      damaged = true;
      return undefined;
    },
    has: (key) => entries.has(key),
    put(key, html) {
      if (entries.has(key)) return;
      const bytes = Buffer.from(html, 'utf8');
      const handle = open();
      writeSync(handle, bytes, 0, bytes.length, size);
      entries.set(key, [size, bytes.length, checksumOf(bytes)]);
      size += bytes.length;
    },
    finish(live) {
      for (const key of [...entries.keys()]) if (!live.has(key)) entries.delete(key);
      let liveBytes = 0;
      for (const [, length] of entries.values()) liveBytes += length;
      if (fd !== undefined || entries.size > 0) open();
      const dead = size - liveBytes;
      if (fd !== undefined && dead > liveBytes && dead > compactAbove) compact();
      this.close();
      return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };

  function compact(): void {
    const temporary = `${file}.${process.pid}.tmp`;
    const out = openSync(temporary, 'w');
    let offset = 0;
    try {
      for (const [key, entry] of [...entries]) {
        const bytes = read(entry);
        if (!bytes) {
          entries.delete(key);
          continue;
        }
        writeSync(out, bytes, 0, bytes.length, offset);
        entries.set(key, [offset, bytes.length, entry[2]]);
        offset += bytes.length;
      }
    } finally {
      closeSync(out);
    }
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  }
}

function openExisting(file: string): number {
  try {
    return openSync(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return openSync(file, 'w+');
    throw error;
  }
}
