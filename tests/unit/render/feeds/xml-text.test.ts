import { describe, expect, it } from 'vitest';
import { escapeXml, stripInvalidXmlChars, xmlElement, xmlEmptyElement } from '../../../../src/render/feeds/xml-text.js';

describe('escapeXml', () => {
  it('escapes the five XML special characters of a hostile title', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('escapes an existing entity again rather than trusting it', () => {
    expect(escapeXml('&amp; &#0;')).toBe('&amp;amp; &amp;#0;');
  });

  it('removes characters XML 1.0 forbids and keeps tab, new lines, accents and emoji', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001\u0008c\u000b\u000c\u001fd\ufffe\uffffe')).toBe('abcde');
    expect(stripInvalidXmlChars('lone \ud800 surrogate')).toBe('lone  surrogate');
    expect(stripInvalidXmlChars('tab\there\nline\r\ncafé 🫖')).toBe('tab\there\nline\r\ncafé 🫖');
  });
});

describe('xmlElement', () => {
  it('escapes text and attribute values and leaves out undefined attributes', () => {
    expect(xmlElement('title', 'a < b', { type: 'text', lang: undefined })).toBe('<title type="text">a &lt; b</title>');
    expect(xmlEmptyElement('link', { href: 'https://x.org/?a=1&b="2"' })).toBe('<link href="https://x.org/?a=1&amp;b=&quot;2&quot;"/>');
  });
});
