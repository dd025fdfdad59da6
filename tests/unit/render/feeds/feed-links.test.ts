import { describe, expect, it } from 'vitest';
import { buildSite, toTagRef } from '../../../../src/model/build-site.js';
import { createLinker, siteView, tagView } from '../../../../src/render/views.js';
import { testConfig } from '../../../helpers/docs.js';

describe('feed links for templates', () => {
  const config = testConfig({ baseUrl: 'https://someone.github.io/blog/' });
  const link = createLinker(config);

  it('site.feeds has the hrefs of the three site feeds, base path included', () => {
    expect(siteView(buildSite([], {}, config, []), link).feeds).toEqual({
      atom: '/blog/feed.xml',
      rss: '/blog/rss.xml',
      json: '/blog/feed.json',
    });
  });

  it('tag.feed is the href of the tag\'s Atom feed, percent-encoded', () => {
    expect(tagView(toTagRef('Café'), link).feed).toBe('/blog/tags/caf%C3%A9/feed.xml');
  });
});
