import { describe, expect, it } from 'vitest';
import { renderJsonFeed } from '../../../../src/render/feeds/render-json-feed.js';
import { feed, feedItem, hostile } from './feed-fixture.js';

describe('renderJsonFeed', () => {
  it('writes a JSON Feed 1.1 document with RFC 3339 dates', () => {
    const json = JSON.parse(renderJsonFeed(feed([feedItem()])));
    expect(json).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Slow Kettle',
      home_page_url: 'https://example.org/',
      feed_url: 'https://example.org/feed.json',
      description: 'Notes, slowly.',
      language: 'en',
      authors: [{ name: 'Ada' }],
      items: [
        {
          id: 'tag:example.org,2005:post/ehIUrwry5p',
          url: 'https://example.org/posts/hello/',
          title: 'Hello',
          content_html: '<p>First paragraph.</p>\n<p><a href="https://example.org/posts/hello/#x">More</a></p>',
          summary: 'A short summary.',
          image: 'https://example.org/images/a.png',
          date_published: '2025-09-17T00:00:00+01:00',
          date_modified: '2025-09-20T09:15:00+01:00',
          authors: [{ name: 'Ada', url: 'https://ada.example.com/' }],
          tags: ['notes', 'café & co'],
        },
      ],
    });
  });

  it('in excerpt mode content_html is the excerpt', () => {
    const json = JSON.parse(renderJsonFeed(feed([feedItem({ contentHtml: undefined })])));
    expect(json.items[0].content_html).toBe('<p>First paragraph.</p>');
  });

  it('keeps hostile text as data: JSON escaping is enough', () => {
    const text = renderJsonFeed(feed([feedItem({ title: hostile })]));
    expect(JSON.parse(text).items[0].title).toBe(hostile);
  });
});
