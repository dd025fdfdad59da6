import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderRssFeed } from '../../../../src/render/feeds/render-rss.js';
import { canValidateXml } from '../../../helpers/xmllint.js';
import { feed, feedItem, hostile } from './feed-fixture.js';

describe('renderRssFeed', () => {
  it('writes the channel and an item with a permanent guid, RFC 822 dates and both HTML parts', () => {
    const xml = renderRssFeed(feed([feedItem()]));
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<atom:link href="https://example.org/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<link>https://example.org/</link>');
    expect(xml).toContain('<lastBuildDate>Sat, 20 Sep 2025 09:15:00 +0100</lastBuildDate>');
    expect(xml).toContain('<guid isPermaLink="false">tag:example.org,2005:post/ehIUrwry5p</guid>');
    expect(xml).toContain('<pubDate>Wed, 17 Sep 2025 00:00:00 +0100</pubDate>');
    expect(xml).toContain('<dc:creator>Ada</dc:creator>');
    expect(xml).toContain('<category>café &amp; co</category>');
    expect(xml).toContain('<description>&lt;p&gt;First paragraph.&lt;/p&gt;</description>');
    expect(xml).toContain('<content:encoded>&lt;p&gt;First paragraph.&lt;/p&gt;\n&lt;p&gt;&lt;a href=&quot;https://example.org/posts/hello/#x&quot;');
  });

  it('in excerpt mode has no content:encoded', () => {
    const xml = renderRssFeed(feed([feedItem({ contentHtml: undefined })]));
    expect(xml).toContain('<description>&lt;p&gt;First paragraph.&lt;/p&gt;</description>');
    expect(xml).not.toContain('content:encoded>');
  });

  it('escapes hostile text; a plain-text summary is escaped as HTML before XML', () => {
    const xml = renderRssFeed(feed([feedItem({ title: hostile, excerptHtml: '', summary: '<b>not bold</b>' })], { title: hostile }));
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(xml).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;</title>');
    expect(xml).toContain('<description>&amp;lt;b&amp;gt;not bold&amp;lt;/b&amp;gt;</description>');
    if (canValidateXml()) expect(spawnSync('xmllint', ['--noout', '-'], { input: xml }).status).toBe(0);
  });

  it('uses the title as channel description when the site has none (RSS requires one)', () => {
    expect(renderRssFeed(feed([], { description: '', updated: undefined }))).toContain('<description>The Slow Kettle</description>');
  });
});
