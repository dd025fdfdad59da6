import { hash } from 'node:crypto';

/**
 * A short hash of the given parts, for deciding whether an output must be rendered again. Not a
 * security boundary: SHA-1 is used for speed, in one call (a watch rebuild of a large site hashes tens
 * of thousands of small strings).
 */
export function fingerprintOf(...parts: readonly string[]): string {
  return hash('sha1', parts.join('\u0000'), 'base64url');
}
