import { isReservedName } from './safe-path.js';

/** Longest slug in UTF-8 bytes: a file name has 255, and a permalink may add to the slug. */
export const maxSlugBytes = 200;

/**
 * Turns text into a URL-safe slug: lower case, letters and digits of any script kept (so `Café crème`
 * becomes `café-crème`), everything else collapsed to single hyphens. Text with no letter or digit keeps
 * its emoji (`🦊`), so such tags stay apart. A slug is also a safe file name everywhere: at most
 * `maxSlugBytes` bytes, and a name Windows reserves for a device (`con`, `nul`, `com1`) gets a `_`.
 */
export function slugify(text: string): string {
  const short = cutToBytes(slugifyText(text), maxSlugBytes).replace(/-+$/, '');
  return isReservedName(short) ? `${short}_` : short;
}

/**
 * The slug of a text that never names a file, such as a heading's id: the same letters, digits, emoji
 * and hyphens as `slugify`, with no length limit and no device-name rule.
 */
export function slugifyText(text: string): string {
  const lower = text.normalize('NFC').toLowerCase().replace(/['’‘]/g, '');
  // Variation selectors and the keycap mark only style emoji: alone they would make invisible slugs.
  return hyphenate(lower.replace(/[\ufe00-\ufe0f\u20e3]/g, ''), /[^\p{L}\p{M}\p{N}]+/gu) || emojiSlug(lower);
}

/** A slug from a file name: extension and a `YYYY-MM-DD-` date prefix dropped. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  return slugify(base);
}

function hyphenate(text: string, separators: RegExp): string {
  return text.replace(separators, '-').replace(/^-+|-+$/g, '');
}

/** Emoji (with the joiners and variation selectors of emoji sequences) separated by hyphens. */
function emojiSlug(text: string): string {
  const slug = hyphenate(text, /[^\p{Extended_Pictographic}\p{M}\u200d]+/gu).replace(/^[\p{M}\u200d]+|[\u200d-]+$/gu, '');
  return /\p{Extended_Pictographic}/u.test(slug) ? slug : '';
}

/** The longest prefix of whole code points that fits in `maxBytes` UTF-8 bytes. */
function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}
