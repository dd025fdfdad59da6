import { createRequire } from 'node:module';
import type matter from 'gray-matter';
import type Handlebars from 'handlebars';
import type { HLJSApi } from 'highlight.js';
import type MarkdownIt from 'markdown-it';
import type footnote from 'markdown-it-footnote';
import type taskLists from 'markdown-it-task-lists';
import type * as toml from 'smol-toml';
import type { Tinypool } from 'tinypool';
import type * as yaml from 'yaml';

// Libraries are loaded on first use: together they take a process about half a second to load, and a
// build that finds nothing to do, `quire new`, or a site without code blocks needs few or none of them.
const require = createRequire(import.meta.url);

function onFirstUse<T>(name: string): () => T {
  let library: T | undefined;
  return () => (library ??= require(name) as T);
}

export const markdownItLibrary: () => typeof MarkdownIt = onFirstUse('markdown-it');
export const footnotePlugin = onFirstUse<typeof footnote>('markdown-it-footnote');
export const taskListsPlugin = onFirstUse<typeof taskLists>('markdown-it-task-lists');
/** highlight.js with its "common" set of languages. */
export const highlightLibrary = onFirstUse<HLJSApi>('highlight.js/lib/common');
export const handlebarsLibrary = onFirstUse<typeof Handlebars>('handlebars');
export const yamlLibrary = onFirstUse<typeof yaml>('yaml');
export const tomlLibrary = onFirstUse<typeof toml>('smol-toml');
export const grayMatterLibrary = onFirstUse<typeof matter>('gray-matter');
export const tinypoolLibrary = onFirstUse<{ Tinypool: typeof Tinypool }>('tinypool');
