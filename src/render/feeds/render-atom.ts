import type { Feed, FeedAuthor, FeedItem } from './feed-model.js';
import { toRfc3339 } from './feed-dates.js';
import { escapeXml, xmlElement, xmlEmptyElement } from './xml-text.js';

/** What `<updated>` says for a feed without entries: Atom requires one, and the clock would break determinism. */
const epoch = '1970-01-01T00:00:00Z';

/** `xml:lang` must match RFC 4287's atomLanguageTag; other values are left out rather than break the feed. */
const languageTag = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * An Atom 1.0 document (RFC 4287) of a feed, valid against the RFC's RELAX NG schema. The feed's `<id>`
 * is its own URL; entries carry the permanent ids of their posts. With `contentHtml` an entry has
 * `<content type="html">`, else its plain-text `<summary>` only.
 */
export function renderAtomFeed(feed: Feed): string {
  const self = feed.selfUrls.atom ?? feed.homeUrl;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${languageTag.test(feed.language) ? ` xml:lang="${escapeXml(feed.language)}"` : ''}>`,
    `  ${xmlElement('id', self)}`,
    `  ${xmlElement('title', feed.title)}`,
    ...(feed.description ? [`  ${xmlElement('subtitle', feed.description)}`] : []),
    `  ${xmlElement('updated', feed.updated ? toRfc3339(feed.updated, feed.timezone) : epoch)}`,
    `  ${xmlEmptyElement('link', { rel: 'self', type: 'application/atom+xml', href: self })}`,
    `  ${xmlEmptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl })}`,
    ...renderAuthor(feed.author, '  '),
    `  ${xmlElement('generator', 'quire')}`,
    ...feed.items.flatMap((item) => renderEntry(item, feed.timezone)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/** Entries by item: the same item is shown by the site's feed and by those of its tags. */
const entries = new WeakMap<FeedItem, { zone: string; lines: string[] }>();

function renderEntry(item: FeedItem, zone: string): string[] {
  const known = entries.get(item);
  if (known?.zone === zone) return known.lines;
  const lines = renderEntryLines(item, zone);
  entries.set(item, { zone, lines });
  return lines;
}

function renderEntryLines(item: FeedItem, zone: string): string[] {
  return [
    '  <entry>',
    `    ${xmlElement('id', item.id)}`,
    `    ${xmlElement('title', item.title, { type: 'text' })}`,
    `    ${xmlEmptyElement('link', { rel: 'alternate', type: 'text/html', href: item.url })}`,
    `    ${xmlElement('published', toRfc3339(item.published, zone))}`,
    `    ${xmlElement('updated', toRfc3339(item.updated, zone))}`,
    ...(item.author ? renderAuthor(item.author, '    ') : []),
    ...item.tags.map((tag) => `    ${xmlEmptyElement('category', { term: tag })}`),
    ...(item.summary ? [`    ${xmlElement('summary', item.summary, { type: 'text' })}`] : []),
    ...(item.contentHtml !== undefined ? [`    ${xmlElement('content', item.contentHtml, { type: 'html' })}`] : []),
    '  </entry>',
  ];
}

function renderAuthor(author: FeedAuthor, indent: string): string[] {
  return [
    `${indent}<author>`,
    `${indent}  ${xmlElement('name', author.name)}`,
    ...(author.url ? [`${indent}  ${xmlElement('uri', author.url)}`] : []),
    `${indent}</author>`,
  ];
}
