import { highlightLibrary } from '../libraries.js';

/**
 * Highlights fenced code at build time with highlight.js (its "common" set of about 35 languages):
 * class-based spans styled by the theme for light and dark, no JavaScript in the page. Code with no
 * language or an unknown one is only escaped; there is no guessing, which would be slow and could
 * change with the library's heuristics.
 */
export function highlightCode(code: string, language: string): string {
  const name = language.trim().toLowerCase();
  if (!name || name === 'text' || name === 'plaintext') return '';
  const hljs = highlightLibrary();
  if (!hljs.getLanguage(name)) return '';
  return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
}
