/**
 * Whether a URL would run code or load a document when followed: `javascript:`, `vbscript:`, `file:`, or
 * a `data:` URL other than a raster image. The same rule markdown-it applies to links in Markdown, used
 * for URLs written in front matter. Browsers ignore tabs, line breaks and leading control characters and
 * spaces in a scheme, so those are ignored here too.
 */
export function isUnsafeUrl(url: string): boolean {
  const scheme = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (/^data:image\/(gif|png|jpeg|webp);/.test(scheme)) return false;
  return /^(javascript|vbscript|file|data):/.test(scheme);
}
