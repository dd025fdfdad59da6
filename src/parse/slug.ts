/**
 * Turns text into a URL-safe slug: lower case, letters and digits of any script kept (so `Café crème`
 * becomes `café-crème`), everything else collapsed to single hyphens.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug from a file name: extension and a `YYYY-MM-DD-` date prefix dropped. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  return slugify(base);
}
