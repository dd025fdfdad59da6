import { describe, expect, it } from 'vitest';
import { renderAtomFeed } from '../../../../src/render/feeds/render-atom.js';
import { canValidateXml, validateXml } from '../../../helpers/xmllint.js';
import { feed, feedItem, hostile } from './feed-fixture.js';

describe('renderAtomFeed', () => {
  it('writes a full-content entry, valid against the RFC 4287 schema', () => {
    const xml = renderAtomFeed(feed([feedItem()]));
    if (canValidateXml()) expect(validateXml(xml, { relaxng: 'atom.rng' })).toEqual({ ok: true, messages: '- validates\n' });
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <id>https://example.org/feed.xml</id>
        <title>The Slow Kettle</title>
        <subtitle>Notes, slowly.</subtitle>
        <updated>2025-09-20T09:15:00+01:00</updated>
        <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>
        <link rel="alternate" type="text/html" href="https://example.org/"/>
        <author>
          <name>Ada</name>
        </author>
        <generator>quire</generator>
        <entry>
          <id>tag:example.org,2005:post/ehIUrwry5p</id>
          <title type="text">Hello</title>
          <link rel="alternate" type="text/html" href="https://example.org/posts/hello/"/>
          <published>2025-09-17T00:00:00+01:00</published>
          <updated>2025-09-20T09:15:00+01:00</updated>
          <author>
            <name>Ada</name>
            <uri>https://ada.example.com/</uri>
          </author>
          <category term="notes"/>
          <category term="café &amp; co"/>
          <summary type="text">A short summary.</summary>
          <content type="html">&lt;p&gt;First paragraph.&lt;/p&gt;
      &lt;p&gt;&lt;a href=&quot;https://example.org/posts/hello/#x&quot;&gt;More&lt;/a&gt;&lt;/p&gt;</content>
        </entry>
      </feed>
      "
    `);
  });

  it('escapes hostile titles, names, tags and summaries and drops characters XML forbids', () => {
    const xml = renderAtomFeed(
      feed([feedItem({ title: hostile, summary: hostile, tags: [hostile], author: { name: hostile, url: undefined } })], { title: hostile, description: hostile }),
    );
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(xml).toContain('<title type="text">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;</title>');
    expect(xml).toContain('<category term="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;"/>');
    if (canValidateXml()) expect(validateXml(xml, { relaxng: 'atom.rng' })).toEqual({ ok: true, messages: '- validates\n' });
  });

  it('escapes the HTML of the content once, as RFC 4287 type="html" wants', () => {
    const xml = renderAtomFeed(feed([feedItem({ contentHtml: '<p>a &amp; b</p>' })]));
    expect(xml).toContain('<content type="html">&lt;p&gt;a &amp;amp; b&lt;/p&gt;</content>');
  });

  it('in excerpt mode an entry has its plain-text summary and no content', () => {
    const xml = renderAtomFeed(feed([feedItem({ contentHtml: undefined })]));
    expect(xml).toContain('<summary type="text">A short summary.</summary>');
    expect(xml).not.toContain('<content');
    if (canValidateXml()) expect(validateXml(xml, { relaxng: 'atom.rng' }).ok).toBe(true);
  });

  it('an empty feed is still valid: fixed <updated>, no clock', () => {
    const xml = renderAtomFeed(feed([], { updated: undefined, description: '' }));
    expect(xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<subtitle>');
    if (canValidateXml()) expect(validateXml(xml, { relaxng: 'atom.rng' }).ok).toBe(true);
  });

  it('leaves out xml:lang when the language is not a valid tag', () => {
    expect(renderAtomFeed(feed([], { language: 'english (UK)' }))).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });
});
