import type { Feed, FeedAuthor, FeedItem } from './feed-model.js';
import { toRfc3339 } from './feed-dates.js';

/**
 * A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) of a feed. Each item has `content_html`
 * (the whole post, or the excerpt when the feed carries excerpts only) and a plain-text `summary`.
 */
export function renderJsonFeed(feed: Feed): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    ...(feed.selfUrls.json ? { feed_url: feed.selfUrls.json } : {}),
    ...(feed.description ? { description: feed.description } : {}),
    language: feed.language,
    authors: [jsonAuthor(feed.author)],
    items: feed.items.map((item) => jsonItem(item, feed.timezone)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function jsonItem(item: FeedItem, zone: string) {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    content_html: item.contentHtml ?? item.excerptHtml,
    ...(item.summary ? { summary: item.summary } : {}),
    ...(item.image ? { image: item.image } : {}),
    date_published: toRfc3339(item.published, zone),
    date_modified: toRfc3339(item.updated, zone),
    ...(item.author ? { authors: [jsonAuthor(item.author)] } : {}),
    ...(item.tags.length > 0 ? { tags: item.tags } : {}),
  };
}

function jsonAuthor(author: FeedAuthor) {
  return { name: author.name, ...(author.url ? { url: author.url } : {}) };
}
