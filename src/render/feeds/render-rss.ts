import type { Feed, FeedItem } from './feed-model.js';
import { toRfc822 } from './feed-dates.js';
import { escapeXml, xmlElement, xmlEmptyElement } from './xml-text.js';

/**
 * An RSS 2.0 document of a feed. Items have the same permanent ids as in Atom, as `<guid
 * isPermaLink="false">`; `<description>` holds the excerpt as HTML, and `<content:encoded>` the whole post
 * when the feed carries full content. `<atom:link rel="self">` names the feed's own URL.
 */
export function renderRssFeed(feed: Feed): string {
  const self = feed.selfUrls.rss ?? feed.homeUrl;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    ${xmlElement('title', feed.title)}`,
    `    ${xmlElement('link', feed.homeUrl)}`,
    `    ${xmlElement('description', feed.description || feed.title)}`,
    `    ${xmlEmptyElement('atom:link', { href: self, rel: 'self', type: 'application/rss+xml' })}`,
    `    ${xmlElement('language', feed.language)}`,
    `    ${xmlElement('generator', 'quire')}`,
    ...(feed.updated ? [`    ${xmlElement('lastBuildDate', toRfc822(feed.updated, feed.timezone))}`] : []),
    ...feed.items.flatMap((item) => renderItem(item, feed.timezone)),
    '  </channel>',
    '</rss>',
    '',
  ];
  return lines.join('\n');
}

function renderItem(item: FeedItem, zone: string): string[] {
  // <description> is HTML: plain-text summary is escaped once as HTML, then once more as XML.
  const description = item.excerptHtml || escapeXml(item.summary);
  return [
    '    <item>',
    `      ${xmlElement('title', item.title)}`,
    `      ${xmlElement('link', item.url)}`,
    `      ${xmlElement('guid', item.id, { isPermaLink: 'false' })}`,
    `      ${xmlElement('pubDate', toRfc822(item.published, zone))}`,
    ...(item.author ? [`      ${xmlElement('dc:creator', item.author.name)}`] : []),
    ...item.tags.map((tag) => `      ${xmlElement('category', tag)}`),
    ...(description ? [`      ${xmlElement('description', description)}`] : []),
    ...(item.contentHtml !== undefined ? [`      ${xmlElement('content:encoded', item.contentHtml)}`] : []),
    '    </item>',
  ];
}
