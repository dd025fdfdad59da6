import type { Heading } from '../parse/markdown.js';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/**
 * A nested ordered list of links to the headings between `minLevel` and `maxLevel` (h2 and h3 by
 * default), or '' when there are fewer than two such headings.
 */
export function renderToc(headings: readonly Heading[], minLevel = 2, maxLevel = 3): string {
  const shown = headings.filter((h) => h.level >= minLevel && h.level <= maxLevel && h.id);
  if (shown.length < 2) return '';
  let html = '';
  const open: number[] = [];
  for (const heading of shown) {
    const top = open[open.length - 1];
    if (top === undefined || heading.level > top) {
      html += '<ol>';
      open.push(heading.level);
    } else {
      html += '</li>';
      while (open.length > 1 && heading.level < open[open.length - 1]!) {
        html += '</ol></li>';
        open.pop();
      }
    }
    html += `<li><a href="#${encodeURIComponent(heading.id)}">${escapeHtml(heading.text)}</a>`;
  }
  html += '</li>';
  while (open.length > 1) {
    html += '</ol></li>';
    open.pop();
  }
  return `${html}</ol>`;
}
