import { readFileSync } from 'node:fs';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a text file as UTF-8 (a BOM is dropped). A file that is not valid UTF-8 or looks binary gives a
 * diagnostic and `undefined` instead of garbled text.
 */
export function readTextFile(absPath: string, displayPath: string, diagnostics: Diagnostic[]): string | undefined {
  const bytes = readFileSync(absPath);
  if (bytes.includes(0)) {
    diagnostics.push(
      createDiagnostic('error', 'SourceNotText', 'file contains NUL bytes; it looks binary, not text', {
        file: displayPath,
        hint: 'move binary files to static/, or remove this file',
      }),
    );
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    diagnostics.push(
      createDiagnostic('error', 'SourceNotUtf8', `file is not valid UTF-8 (first bad byte at offset ${offset})`, {
        file: displayPath,
        at: { line, column: 1 },
        hint: 'save the file as UTF-8 in your editor',
      }),
    );
    return undefined;
  }
}

function findInvalidUtf8(bytes: Uint8Array): number {
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

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}
