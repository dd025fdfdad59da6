import { fingerprintOf } from '../render/fingerprint.js';
import type { SiteSources, SourceFile } from './types.js';

/** What a file's text hashed to while it had this size and modification time. */
export type SourceStamp = readonly [path: string, size: number, mtimeMs: number, hash: string];

/**
 * A file changed within this long before it was read might change again within the same tick of a
 * coarse file-system clock (2 s on FAT) and keep its time: its stamp is not kept (git's "racy" files).
 */
const racyMs = 2000;

/** The hash of a text file's content, as stamps and the build cache's inputs digest record it. */
export function textHash(text: string): string {
  return fingerprintOf(text);
}

/** Answers, from earlier stamps, the hash of a file whose size and time are still the stamped ones. */
export type KnownHashes = (path: string, size: number, mtimeMs: number) => string | undefined;

export function knownHashes(stamps: readonly SourceStamp[]): KnownHashes {
  const byPath = new Map(stamps.map((stamp) => [stamp[0], stamp]));
  return (path, size, mtimeMs) => {
    const stamp = byPath.get(path);
    return stamp && stamp[1] === size && stamp[2] === mtimeMs ? stamp[3] : undefined;
  };
}

/**
 * Stamps of the posts, pages and data files (with hashes, see withHashes) as listed at `listedAt`
 * (wall-clock ms). Times are only a local shortcut: on another machine no stamp matches, and files are
 * read and hashed again.
 */
export function stampsOf(sources: SiteSources, listedAt: number): SourceStamp[] {
  const stamps: SourceStamp[] = [];
  for (const file of [...sources.posts, ...sources.pages, ...sources.data]) {
    if (file.hash === undefined || file.size === undefined || file.mtimeMs === undefined) continue;
    if (file.mtimeMs >= listedAt - racyMs) continue;
    stamps.push([file.path, file.size, file.mtimeMs, file.hash]);
  }
  return stamps;
}

/** The sources with every text file's hash known: hashed now when it was not known from a stamp. */
export function withHashes(sources: SiteSources): SiteSources {
  const hashed = <T extends SourceFile>(file: T): T => {
    if (file.hash !== undefined) return file;
    const hash = textHash(file.text);
    // Copied by descriptors: a spread would read a deferred file's text and keep it in the copy.
    return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(file), hash: { value: hash, enumerable: true } }) as T;
  };
  return {
    ...sources,
    posts: sources.posts.map(hashed),
    pages: sources.pages.map(hashed),
    data: sources.data.map(hashed),
    theme: sources.theme.map(hashed),
  };
}
