import { randomInt } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Length of the ids `quire new` and `quire init` write, the same as ids derived from source paths. */
export const shortIdLength = 10;

/**
 * A new permanent post id: 10 letters and digits drawn uniformly from the 62-character alphabet with
 * `crypto.randomInt` (about 59 bits). `pick` replaces the random source in tests.
 */
export function createRandomShortId(pick: (max: number) => number = randomInt): string {
  let id = '';
  for (let i = 0; i < shortIdLength; i++) id += alphabet[pick(alphabet.length)];
  return id;
}
