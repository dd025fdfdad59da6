import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A text file's content with the size and modification time it had when it was read. */
export interface ReadText {
  readonly text: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Reads text files one after another; see readTextFile. */
export type TextReader = (absPath: string, displayPath: string, diagnostics: Diagnostic[]) => ReadText | undefined;

/**
 * A reader of many text files that reads each into one buffer kept between files: a fresh buffer per
 * file costs more than the read itself on sites with thousands of posts.
 */
export function createTextReader(): TextReader {
  let buffer: Buffer = Buffer.allocUnsafe(64 * 1024);
  return (absPath, displayPath, diagnostics) => {
    const fd = openSync(absPath, 'r');
    let size: number;
    let mtimeMs: number;
    let length = 0;
    try {
      const stats = fstatSync(fd);
      ({ size, mtimeMs } = stats);
      // As readFileSync does: the size found at open, or, for files that report none, up to the end.
      const limit = stats.isFile() && size > 0 ? size : Infinity;
      if (size > buffer.length) buffer = Buffer.allocUnsafe(size);
      for (;;) {
        if (length === buffer.length) buffer = grown(buffer, length);
        const read = readSync(fd, buffer, length, Math.min(buffer.length, limit) - length, null);
        length += read;
        if (read === 0 || length >= limit) break;
      }
    } finally {
      closeSync(fd);
    }
    const text = decodeText(buffer.subarray(0, length), displayPath, diagnostics);
    return text === undefined ? undefined : { text, size, mtimeMs };
  };
}

function grown(buffer: Buffer, length: number): Buffer {
  const next = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(next, 0, 0, length);
  return next;
}

/**
 * Reads a text file as UTF-8 (a BOM is dropped). A file that is not valid UTF-8 or looks binary gives a
 * diagnostic and `undefined` instead of garbled text.
 */
export function readTextFile(absPath: string, displayPath: string, diagnostics: Diagnostic[]): string | undefined {
  return createTextReader()(absPath, displayPath, diagnostics)?.text;
}

function decodeText(bytes: Uint8Array, displayPath: string, diagnostics: Diagnostic[]): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    diagnostics.push(
      createDiagnostic('error', 'SourceNotText', 'file contains NUL bytes; it looks binary, not text', {
        file: displayPath,
        at: positionOfByte(bytes, nul),
        hint: 'move binary files to static/, or remove this file',
      }),
    );
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    diagnostics.push(
      createDiagnostic('error', 'SourceNotUtf8', `file is not valid UTF-8 (first bad byte at offset ${offset})`, {
        file: displayPath,
        at: positionOfByte(bytes, offset),
        hint: 'save the file as UTF-8 in your editor',
      }),
    );
    return undefined;
  }
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
