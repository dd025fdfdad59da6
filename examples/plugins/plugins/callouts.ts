import container from 'markdown-it-container';
import type { QuirePlugin } from 'quire';

/**
 * Callout boxes in Markdown, with markdown-it-container:
 *
 *     ::: note Before you dig
 *     Check for cables first.
 *     :::
 *
 * becomes `<aside class="callout callout--note">` with the title in bold.
 */
export function callouts(kinds: readonly string[]): QuirePlugin {
  return {
    name: 'callouts',
    markdown(md) {
      for (const kind of kinds) {
        md.use(container, kind, {
          render(tokens: { info: string; nesting: number }[], index: number) {
            const token = tokens[index]!;
            if (token.nesting !== 1) return '</aside>\n';
            const title = token.info.trim().slice(kind.length).trim();
            const heading = title ? `<p class="callout__title"><strong>${md.utils.escapeHtml(title)}</strong></p>\n` : '';
            return `<aside class="callout callout--${kind}">\n${heading}`;
          },
        });
      }
    },
  };
}
