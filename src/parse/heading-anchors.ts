import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

interface Anchor {
  readonly id: string;
  readonly text: string;
}

/**
 * Gives every heading a unique id (its slug, then `-1`, `-2`... for repeats) and puts an accessible
 * anchor link right after it: a visually hidden "Permalink to “Heading”" and a `#` that screen readers
 * skip. The link is written by the heading's closing tag rather than inserted as tokens, so a document
 * is walked once: markdown-it-anchor splices its links into the token list and searches that list again
 * for every heading, which took 12 s on a 20 MB post with 20,000 headings (and numbering repeated
 * headings from 1 each time is quadratic too).
 */
export function addHeadingAnchors(md: MarkdownIt, slugify: (text: string) => string): void {
  md.core.ruler.push('heading_anchors', (state) => {
    const taken = new Set<string>();
    // The next number to try for each slug: every smaller one is taken already, and stays taken.
    const nextNumber = new Map<string, number>();
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i]!.type !== 'heading_open') continue;
      const text = headingText(tokens[i + 1]!);
      const slug = slugify(text);
      let id = slug;
      let n = nextNumber.get(slug) ?? 1;
      while (taken.has(id)) id = `${slug}-${n++}`;
      nextNumber.set(slug, n);
      taken.add(id);
      tokens[i]!.attrSet('id', id);
      const anchor: Anchor = { id, text };
      tokens[i + 2]!.meta = { ...tokens[i + 2]!.meta, anchor };
    }
  });
  const escape = md.utils.escapeHtml;
  md.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
    const html = self.renderToken(tokens, idx, options);
    const anchor = (tokens[idx]!.meta as { anchor?: Anchor } | null)?.anchor;
    if (!anchor) return html;
    return `${html}<a class="header-anchor" href="#${escape(anchor.id)}"><span class="visually-hidden">Permalink to “${escape(anchor.text)}”</span> <span aria-hidden="true">#</span></a>`;
  };
}

/** The plain text of a heading: its text and inline code, without markup. */
export function headingText(inline: Token): string {
  return (inline.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('');
}
