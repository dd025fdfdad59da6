import { Document, isMap, isScalar } from 'yaml';
import { configDefaults } from '../config/defaults.js';
import type { UserConfig } from '../config/types.js';
import { knownConfigKeys } from '../config/validate-config.js';

/** The author id the starter config names and the starter `data/authors.yaml` defines. */
export const starterAuthorId = 'me';

/** Values of the starter config: the defaults, plus a description and an author to replace. */
export const starterConfigValues: Readonly<Record<string, unknown>> = {
  ...configDefaults,
  description: 'Notes and essays, published with quire.',
  author: starterAuthorId,
  schema: {},
};

/**
 * The comment written above each key, nested keys by dotted path (`feed.limit`). Typed by UserConfig's
 * keys, so a new top-level key does not compile until it has its comment here.
 */
const configComments: Record<keyof UserConfig, string> & Readonly<Record<string, string>> = {
  title: 'Site title, shown in the header and in the browser tab.',
  description: 'One sentence about the site, for the home page, search engines and the feeds.',
  baseUrl:
    'Absolute URL where the site is published, e.g. https://example.org/ or https://me.github.io/blog/.\n' +
    'Change it before publishing: links in the feeds and the sitemap start with it.',
  author: 'Default author of posts: an id from data/authors.yaml, or a plain name.',
  language: 'Language of the site as a BCP 47 tag (en, fr, pt-BR), for <html lang>.',
  timezone:
    'IANA time zone (Europe/Paris, America/New_York) in which dates written without an offset are read\n' +
    'and all dates are shown.',
  perPage: 'Posts per page on the home page and on tag pages.',
  permalink: 'Address of each post. Tokens: :year :month :day :slug :id, e.g. /:year/:month/:slug/.',
  feed: 'The Atom, RSS and JSON feeds of the newest posts.',
  'feed.limit': 'How many of the newest posts each feed lists.',
  'feed.content': 'full: each post in full; excerpt: its excerpt only.',
  markdown: 'How Markdown is read.',
  'markdown.html':
    'true: raw HTML in posts is published as written. false: it is dropped, for sites that publish\n' +
    'contributions they do not fully trust (quire build --safe does the same).',
  schema:
    'Front-matter fields of your own, with a type (string, number, boolean, date, string[]), e.g.\n' +
    'subtitle: string, series: {type: string, required: true}.',
  // Keys without a default are not written in the starter config; these comments are for completeness.
  theme: 'A theme over the default one: a folder (./my-theme) or an npm package name.',
  plugins: 'Plugins: only in a code config (quire.config.ts).',
};

/**
 * `quire.config.yaml` of a new site: every key quire knows (in the validator's order) with its
 * default or starter value, each under a comment saying what it does, nested keys included.
 */
export function renderStarterConfig(): string {
  const values = knownConfigKeys
    .filter((key) => starterConfigValues[key] !== undefined)
    .map((key) => [key, starterConfigValues[key]] as const);
  const doc = new Document(Object.fromEntries(values));
  doc.commentBefore = asComment(
    'Settings of this quire site. Every key is optional: delete a line to get its default.\n' +
      'The values below are the defaults, except the description and the author.',
  );
  annotateKeys(doc.contents, '');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function annotateKeys(node: unknown, parentPath: string): void {
  if (!isMap(node)) return;
  node.items.forEach((pair, index) => {
    if (!isScalar(pair.key)) return;
    const keyPath = parentPath ? `${parentPath}.${String(pair.key.value)}` : String(pair.key.value);
    const comment = configComments[keyPath];
    if (comment) pair.key.commentBefore = asComment(comment);
    // A blank line between top-level keys; the first one already follows the header comment's.
    pair.key.spaceBefore = !parentPath && index > 0;
    annotateKeys(pair.value, keyPath);
  });
}

/** The yaml library prints each comment line after `#`: start each with a space. */
function asComment(text: string): string {
  return text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}
