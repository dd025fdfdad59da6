/** Reading hrefs as written in Markdown and templates: shared by link rewriting and the link check. */

const schemeOrProtocolRelative = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** True for `https://...`, `mailto:...`, `//host/...`: links that leave the site and are never checked. */
export function isExternalHref(href: string): boolean {
  return schemeOrProtocolRelative.test(href);
}

/** True for a path to a Markdown source (`../2024-01-02-other.md`), which links to that post's page. */
export function isMarkdownPath(pathPart: string): boolean {
  return /\.(md|markdown)$/i.test(pathPart);
}

/** Resolves a relative path against the folder of a site-relative file (`posts/a.md` + `../b.md`). */
export function resolveRelative(fromFile: string, relative: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const segment of relative.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** `path#hash` as `[path, hash]`; the hash is undefined when there is no `#`. */
export function splitHash(href: string): [string, string | undefined] {
  const index = href.indexOf('#');
  return index < 0 ? [href, undefined] : [href.slice(0, index), href.slice(index + 1)];
}

/** Percent-decoding that keeps text it cannot decode as it is. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
