import { describe, expect, it } from 'vitest';
import { absolutizeHtml, removeHeaderAnchors, resolveUrl } from '../../../../src/render/feeds/absolutize-html.js';

const page = 'https://someone.github.io/blog/posts/hello/';

describe('absolutizeHtml', () => {
  it('resolves relative, root-relative and protocol-relative links against the page URL', () => {
    expect(absolutizeHtml('<a href="other/">x</a>', page)).toBe('<a href="https://someone.github.io/blog/posts/hello/other/">x</a>');
    expect(absolutizeHtml('<a href="../">x</a>', page)).toBe('<a href="https://someone.github.io/blog/posts/">x</a>');
    expect(absolutizeHtml('<img src="/blog/images/a.png" alt="">', page)).toBe('<img src="https://someone.github.io/blog/images/a.png" alt="">');
    expect(absolutizeHtml('<img src="//cdn.example.net/a.png">', page)).toBe('<img src="https://cdn.example.net/a.png">');
  });

  it('turns #anchors into the page URL with the anchor', () => {
    expect(absolutizeHtml('<a href="#fn1">1</a>', page)).toBe(`<a href="${page}#fn1">1</a>`);
  });

  it('leaves mailto:, data:, tel: and absolute URLs alone, byte for byte', () => {
    const html = `<a href='mailto:a@b.org'>m</a><img src="data:image/png;base64,AAA="><a href=tel:+441>t</a><a href="HTTPS://Example.org/A B">e</a>`;
    expect(absolutizeHtml(html, page)).toBe(html);
  });

  it('handles single quotes and bare values, writing rewritten values double-quoted', () => {
    expect(absolutizeHtml(`<a href='x.html' title='it"s'>x</a>`, page)).toBe(`<a href="${page}x.html" title='it"s'>x</a>`);
    expect(absolutizeHtml('<a href=x.html>x</a>', page)).toBe(`<a href="${page}x.html">x</a>`);
    expect(absolutizeHtml('<A HREF = "x.html">x</A>', page)).toBe(`<A HREF="${page}x.html">x</A>`);
  });

  it('decodes entities before resolving and escapes the result again', () => {
    expect(absolutizeHtml('<a href="/search?a=1&amp;b=&quot;2&quot;">s</a>', page)).toBe(
      '<a href="https://someone.github.io/search?a=1&amp;b=%222%22">s</a>',
    );
  });

  it('rewrites every candidate of a srcset and keeps the descriptors', () => {
    expect(absolutizeHtml('<img srcset="a.png 1x,/b.png 2x, https://c.org/c.png 640w" src="a.png">', page)).toBe(
      `<img srcset="${page}a.png 1x, https://someone.github.io/b.png 2x, https://c.org/c.png 640w" src="${page}a.png">`,
    );
  });

  it('looks only at attributes of start tags: not text, not other attributes\' values, not comments', () => {
    const html = `<p title="see href=/x and src='/y'">href="/a" src='/b'</p><!-- <a href="/c"> --><code>&lt;a href=&quot;/d&quot;&gt;</code>`;
    expect(absolutizeHtml(html, page)).toBe(html);
  });

  it('finds attributes after a quoted value that holds a >', () => {
    expect(absolutizeHtml('<a title="a > b" href="x">x</a>', page)).toBe(`<a title="a > b" href="${page}x">x</a>`);
  });

  it('resolveUrl leaves empty and unparseable values as they are', () => {
    expect(resolveUrl('', page)).toBe('');
    expect(resolveUrl('https://[bad', page)).toBe('https://[bad');
  });
});

describe('removeHeaderAnchors', () => {
  it('drops markdown-it-anchor permalinks and keeps the heading', () => {
    const html =
      '<h2 id="a">A</h2>\n<a class="header-anchor" href="#a"><span class="visually-hidden">Permalink to “A”</span> <span aria-hidden="true">#</span></a><p>Text <a href="#a">link</a></p>';
    expect(removeHeaderAnchors(html)).toBe('<h2 id="a">A</h2>\n<p>Text <a href="#a">link</a></p>');
  });
});
