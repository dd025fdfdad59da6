import { createRequire } from 'node:module';
import type { HLJSApi } from 'highlight.js';

const require = createRequire(import.meta.url);
let hljs: HLJSApi | undefined;

/** Loaded on the first fenced block with a language: loading its languages costs a process 0.2 s. */
function highlighter(): HLJSApi {
  return (hljs ??= require('highlight.js/lib/common') as HLJSApi);
}

/**
 * Highlights fenced code at build time with highlight.js (its "common" set of about 35 languages):
 * class-based spans styled by the theme for light and dark, no JavaScript in the page. Code with no
 * language or an unknown one is only escaped; there is no guessing, which would be slow and could
 * change with the library's heuristics.
 */
export function highlightCode(code: string, language: string): string {
  const name = language.trim().toLowerCase();
  if (!name || name === 'text' || name === 'plaintext') return '';
  const hl = highlighter();
  if (!hl.getLanguage(name)) return '';
  return hl.highlight(code, { language: name, ignoreIllegals: true }).value;
}
