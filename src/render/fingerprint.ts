import { createHash } from 'node:crypto';

/**
 * A short hash of the given parts, for deciding whether an output must be rendered again. Not a
 * security boundary: SHA-1 is used for speed.
 */
export function fingerprintOf(...parts: readonly string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) {
    hash.update(part);
    hash.update('\u0000');
  }
  return hash.digest('base64url');
}
