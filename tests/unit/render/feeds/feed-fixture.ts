import { parseSiteDate, type SiteDate } from '../../../../src/parse/dates.js';
import type { Feed, FeedItem } from '../../../../src/render/feeds/feed-model.js';

export const hostile = `<script>alert("x")</script> & 'quotes'\u0000\u0007`;

export function siteDate(text: string, zone = 'Europe/London'): SiteDate {
  const parsed = parseSiteDate(text, zone);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

/** A feed item with every field set; `overrides` replace fields. */
export function feedItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'tag:example.org,2005:post/ehIUrwry5p',
    url: 'https://example.org/posts/hello/',
    title: 'Hello',
    published: siteDate('2025-09-17'),
    updated: siteDate('2025-09-20T10:15:00+02:00'),
    author: { name: 'Ada', url: 'https://ada.example.com/' },
    tags: ['notes', 'café & co'],
    summary: 'A short summary.',
    excerptHtml: '<p>First paragraph.</p>',
    contentHtml: '<p>First paragraph.</p>\n<p><a href="https://example.org/posts/hello/#x">More</a></p>',
    image: 'https://example.org/images/a.png',
    ...overrides,
  };
}

/** A site feed of the given items. */
export function feed(items: readonly FeedItem[], overrides: Partial<Feed> = {}): Feed {
  return {
    title: 'The Slow Kettle',
    description: 'Notes, slowly.',
    language: 'en',
    timezone: 'Europe/London',
    homeUrl: 'https://example.org/',
    selfUrls: { atom: 'https://example.org/feed.xml', rss: 'https://example.org/rss.xml', json: 'https://example.org/feed.json' },
    author: { name: 'Ada', url: undefined },
    updated: items[0]?.updated,
    items,
    ...overrides,
  };
}
