import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** A text file's content with the size and modification time it had when it was read. */
export interface ReadText {
  readonly text: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** About this many bytes of files are decoded into one string. */
const batchBytes = 1 << 20;

/**
 * Reads many text files, each as readTextFile does. The files' bytes are gathered, NUL-separated (a
 * text holds none), in one reused buffer, and each batch of about a megabyte is decoded into one string
 * that the texts are slices of: thousands of small strings that live as long as the build cost the
 * garbage collector more than reading the files, while a large string is never moved. (A text keeps
 * its batch alive: a watch session that replaced some texts of a batch still holds the batch.) Problems
 * are reported in the order of `files`; an unreadable text is `undefined` at its place.
 */
export function readTextFiles(
  files: readonly { readonly absPath: string; readonly displayPath: string }[],
  diagnostics: Diagnostic[],
): (ReadText | undefined)[] {
  const texts: (ReadText | undefined)[] = [];
  let buffer: Buffer = Buffer.allocUnsafe(64 * 1024);
  let used = 0;
  let pending: { at: number; size: number; mtimeMs: number }[] = [];
  const decodeBatch = () => {
    const batch = buffer.toString('utf8', 0, used);
    let from = 0;
    for (const { at, size, mtimeMs } of pending) {
      const end = batch.indexOf('\0', from);
      texts[at] = { text: batch.slice(from, end), size, mtimeMs };
      from = end + 1;
    }
    used = 0;
    pending = [];
  };
  files.forEach(({ absPath, displayPath }, at) => {
    texts.push(undefined);
    const fd = openSync(absPath, 'r');
    let stats: Stats;
    let length = 0;
    try {
      stats = fstatSync(fd);
      // As readFileSync does: the size found at open, or, for files that report none, up to the end.
      const limit = stats.isFile() && stats.size > 0 ? stats.size : Infinity;
      for (;;) {
        const chunk = limit === Infinity ? 64 * 1024 : limit - length;
        // Room for the chunk and the separator after it.
        buffer = withRoom(buffer, used + length, chunk + 1);
        const read = readSync(fd, buffer, used + length, chunk, null);
        length += read;
        if (read === 0 || length >= limit) break;
      }
    } finally {
      closeSync(fd);
    }
    const bytes = buffer.subarray(used, used + length);
    if (!isText(bytes, displayPath, diagnostics)) return;
    // The decoder drops a byte order mark: so does the batch.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (bom) buffer.copyWithin(used, used + bom, used + length);
    used += length - bom;
    buffer[used++] = 0;
    pending.push({ at, size: stats.size, mtimeMs: stats.mtimeMs });
    if (used >= batchBytes) decodeBatch();
  });
  if (pending.length > 0) decodeBatch();
  return texts;
}

/** The buffer, or a larger copy of its first `filled` bytes, with room for `extra` more. */
function withRoom(buffer: Buffer, filled: number, extra: number): Buffer {
  if (filled + extra <= buffer.length) return buffer;
  const larger = Buffer.allocUnsafe(Math.max(filled + extra, buffer.length * 2));
  buffer.copy(larger, 0, 0, filled);
  return larger;
}

/**
 * Reads a text file as UTF-8 (a BOM is dropped). A file that is not valid UTF-8 or looks binary gives a
 * diagnostic and `undefined` instead of garbled text.
 */
export function readTextFile(absPath: string, displayPath: string, diagnostics: Diagnostic[]): string | undefined {
  return readTextFiles([{ absPath, displayPath }], diagnostics)[0]?.text;
}

/** Whether the bytes are UTF-8 text; if not, a diagnostic says where they stop being so. */
function isText(bytes: Uint8Array, displayPath: string, diagnostics: Diagnostic[]): boolean {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    diagnostics.push(
      createDiagnostic('error', 'SourceNotText', 'file contains NUL bytes; it looks binary, not text', {
        file: displayPath,
        at: positionOfByte(bytes, nul),
        hint: 'move binary files to static/, or remove this file',
      }),
    );
    return false;
  }
  if (isUtf8(bytes)) return true;
  const offset = findInvalidUtf8(bytes);
  diagnostics.push(
    createDiagnostic('error', 'SourceNotUtf8', `file is not valid UTF-8 (first bad byte at offset ${offset})`, {
      file: displayPath,
      at: positionOfByte(bytes, offset),
      hint: 'save the file as UTF-8 in your editor',
    }),
  );
  return false;
}

function findInvalidUtf8(bytes: Uint8Array): number {
  const failsAt = firstFailingPrefix(bytes);
  // A sequence cut short fails only at the byte after it: point at its first byte instead.
  for (let back = 1; back <= 3 && failsAt - back >= 0; back++) {
    const byte = bytes[failsAt - back]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return failsAt - back + length > failsAt ? failsAt - back : failsAt;
    }
  }
  return failsAt;
}

function firstFailingPrefix(bytes: Uint8Array): number {
  // Decode growing prefixes by binary search: the first offset at which decoding fails.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

/** 1-based line and column of a byte; the column counts the characters before it on its line. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
