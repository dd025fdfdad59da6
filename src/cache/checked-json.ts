import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hash } from 'node:crypto';

const header = 'quire-cache 1 ';

/** What reading a cache file found: its value, nothing (no such file), or why it cannot be trusted. */
export type CheckedRead<T> = { value: T } | { missing: true } | { corrupt: string };

/**
 * Reads a JSON file written by writeCheckedJson. Its first line holds the SHA-1 of the rest, so a
 * truncated or damaged file is told apart from a valid one instead of being half used.
 */
export function readCheckedJson<T>(file: string): CheckedRead<T> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { corrupt: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  // The checksum is of the bytes: hashing the decoded text would encode it again.
  const newline = bytes.indexOf(10);
  if (newline < 0 || bytes.toString('latin1', 0, header.length) !== header) return { corrupt: 'does not start with a quire cache header' };
  const body = bytes.subarray(newline + 1);
  if (bytes.toString('latin1', header.length, newline) !== checksumOf(body)) return { corrupt: 'is truncated or damaged (checksum mismatch)' };
  try {
    return { value: JSON.parse(body.toString('utf8')) as T };
  } catch {
    return { corrupt: 'is not valid JSON' };
  }
}

/** Writes a value as checksummed JSON, atomically: readers see the old file or the new one. */
export function writeCheckedJson(file: string, value: unknown): void {
  const body = Buffer.from(asciiJson(value));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${header}${checksumOf(body)}\n`), body]));
  renameSync(temporary, file);
}

/**
 * JSON with every character past ASCII escaped (`\u00e9`). Decoded, text holding any such character
 * becomes a two-byte string in V8, which JSON.parse reads markedly slower: cache files are read by every
 * build and hold titles and excerpts in every script.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function checksumOf(text: string | Uint8Array): string {
  return hash('sha1', text, 'hex');
}
