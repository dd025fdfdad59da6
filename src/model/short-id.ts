import { createHash } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 10-character id of letters and digits derived from text (a source path): stable across machines. */
export function deriveShortId(text: string): string {
  const digest = createHash('sha256').update(text).digest();
  let id = '';
  for (let i = 0; i < 10; i++) id += alphabet[digest[i]! % alphabet.length];
  return id;
}
