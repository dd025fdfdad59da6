/**
 * Makes the links of an HTML fragment absolute, so it reads the same in a feed reader as on the page:
 * relative, root-relative and protocol-relative `href`, `src`, `poster` and `srcset` values are resolved
 * against the page's absolute URL with the WHATWG URL class. `#anchor` becomes `<page url>#anchor`.
 * Values with a scheme (`https:`, `mailto:`, `data:`, `tel:`...) are left as they are.
 *
 * This is a scanner over markdown-it's output, not a full HTML parser: it looks at attributes inside
 * start tags only (never at text or comments), honours double, single and missing quotes, and writes
 * rewritten values double-quoted.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html.replace(startTagOrComment, (tag: string) =>
    tag.startsWith('<!--') ? tag : tag.replace(attribute, (whole, name: string, dq?: string, sq?: string, bare?: string) => {
      const raw = dq ?? sq ?? bare;
      const lower = name.toLowerCase();
      if (raw === undefined || !urlAttributes.has(lower)) return whole;
      const value = decodeEntities(raw);
      const resolved = lower === 'srcset' ? resolveSrcset(value, pageUrl) : resolveUrl(value, pageUrl);
      return resolved === value ? whole : `${name}="${escapeAttribute(resolved)}"`;
    }),
  );
}

const urlAttributes = new Set(['href', 'src', 'poster', 'srcset']);

// A comment, or a start tag whose attribute values may hold any character, `>` included, when quoted.
const startTagOrComment =
  /<!--[\s\S]*?-->|<[A-Za-z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*\s*\/?>/g;

// One attribute inside a start tag: the name, then a double-quoted, single-quoted or bare value.
const attribute = /(?<=\s)([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const hasScheme = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** A URL made absolute against `base`; unchanged when it has a scheme, is empty or cannot be parsed. */
export function resolveUrl(value: string, base: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || hasScheme.test(trimmed)) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

/** Every URL of a `srcset` (`a.png 1x, b.png 2x`) made absolute; descriptors kept. */
function resolveSrcset(value: string, base: string): string {
  const candidates: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    let end = i;
    while (end < value.length && !/\s/.test(value[end]!)) end++;
    let url = value.slice(i, end);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      i = end;
    } else {
      const comma = value.indexOf(',', end);
      descriptor = value.slice(end, comma < 0 ? value.length : comma).trim();
      i = comma < 0 ? value.length : comma + 1;
    }
    if (url) candidates.push(descriptor ? `${resolveUrl(url, base)} ${descriptor}` : resolveUrl(url, base));
  }
  return candidates.join(', ');
}

/** Attribute values as markdown-it and most authors write them: the XML entities and numeric references. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-f]+));/gi, (whole, named?: string, dec?: string, hex?: string) => {
    if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Removes the heading permalinks markdown-it-anchor adds after each heading (`<a class="header-anchor">`
 * with "Permalink to …" text): useful on the page, noise in a feed reader, which shows that text.
 */
export function removeHeaderAnchors(html: string): string {
  return html.replace(/<a class="header-anchor"[^>]*>[\s\S]*?<\/a>/g, '');
}
