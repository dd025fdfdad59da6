import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer, type MarkdownContext } from '../../../src/parse/markdown.js';

const context: MarkdownContext = { sourcePath: 'posts/a.md', basePath: '/', urlOfSource: () => undefined };
const trusted = createMarkdownRenderer();
const safe = createMarkdownRenderer({ html: false });

/** Every href and src the HTML would hand to a browser. */
function urls(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
}

describe('links that run code are never emitted', () => {
  const hostile = [
    '[a](javascript:alert(1))',
    '[a](JaVaScRiPt:alert(1))',
    '[a](&#106;avascript:alert(1))',
    '[a](&#x6A;avascript:alert(1))',
    '[a]( javascript:alert(1))',
    '[a](<javascript:alert(1)>)',
    '<javascript:alert(1)>',
    '[a][r]\n\n[r]: javascript:alert(1)',
    '[a](vbscript:msgbox(1))',
    '[a](VBScript:msgbox(1))',
    '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![i](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
    '[a](file:///etc/passwd)',
    '[a](javascript:alert(1).md)',
  ];
  for (const source of hostile) {
    it(`leaves out the URL of ${JSON.stringify(source)}`, () => {
      for (const render of [trusted, safe]) {
        const found = urls(render(`${source}\n`, context).html);
        expect(found.filter((u) => /^\s*(javascript|vbscript|data|file):/i.test(decodeURIComponent(u)))).toEqual([]);
      }
    });
  }

  it('keeps data: URLs of raster images, and ordinary links', () => {
    const { html } = trusted('![dot](data:image/png;base64,iVBORw0KGgo=) [site](https://example.org/) [mail](mailto:a@example.org)\n', context);
    expect(urls(html)).toEqual(['data:image/png;base64,iVBORw0KGgo=', 'https://example.org/', 'mailto:a@example.org']);
  });
});

describe('markdown.html: false', () => {
  it('drops raw HTML blocks and inline tags, keeping the Markdown around them', () => {
    const { html } = safe('<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> an image and <b>bold</b>.\n\n<div onclick="x()">\nblock\n</div>\n', context);
    expect(html).not.toMatch(/<script|<img|onerror|onclick|<div|<b>/);
    expect(html).toContain('<p>Text with  an image and bold.</p>');
  });

  it('drops raw links with javascript: URLs', () => {
    expect(safe('<a href="javascript:alert(1)">x</a>\n', context).html).toBe('<p>x</p>\n');
  });

  it('still ends the excerpt at <!-- more -->, without emitting the comment', () => {
    const rendered = safe('One.\n\n<!-- more -->\n\nTwo.\n', context);
    expect(rendered.excerptHtml).toBe('<p>One.</p>\n');
    expect(rendered.html).toBe('<p>One.</p>\n<p>Two.</p>\n');
  });

  it('is off by default: a trusted site keeps its HTML', () => {
    expect(trusted('x <kbd>Ctrl</kbd>\n', context).html).toBe('<p>x <kbd>Ctrl</kbd></p>\n');
  });
});

describe('link positions', () => {
  it('points at each of two links with the same URL', () => {
    const { links } = trusted('[a](x.md) and [b](x.md)\n[c](x.md)\n', context);
    expect(links.map((l) => [l.line, l.column])).toEqual([
      [1, 1],
      [1, 15],
      [2, 1],
    ]);
  });

  it('takes linear time on a post with tens of thousands of links, in one paragraph or in many', () => {
    const started = performance.now();
    const oneParagraph = trusted('[link](https://example.org/a) and text. '.repeat(20_000), context).links;
    expect(oneParagraph).toHaveLength(20_000);
    expect(oneParagraph.at(-1)).toMatchObject({ line: 1, column: 40 * 19_999 + 1 });
    const paragraphs = trusted('Text and [link](https://example.org/a).\n\n'.repeat(20_000), context).links;
    expect(paragraphs.at(-1)).toMatchObject({ line: 2 * 19_999 + 1, column: 10 });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('heading anchors', () => {
  it('keep their # when raw HTML is dropped', () => {
    expect(safe('## Part one\n', context).html).toBe(trusted('## Part one\n', context).html);
    expect(safe('## Part one\n', context).html).toContain('<span aria-hidden="true">#</span></a>');
  });

  it('number repeated headings with the first number no other heading took', () => {
    const { headings } = trusted('# Intro\n\n# Intro 1\n\n# Intro\n\n# Intro\n\n# Intro 2\n\n# Intro 3\n\n# Intro\n', context);
    expect(headings.map((h) => h.id)).toEqual(['intro', 'intro-1', 'intro-2', 'intro-3', 'intro-2-1', 'intro-3-1', 'intro-4']);
  });

  it('are added in linear time: 20,000 headings, unique ids', () => {
    const started = performance.now();
    const { headings, html } = trusted('## Same title\n\ntext\n\n'.repeat(20_000), context);
    expect(headings).toHaveLength(20_000);
    expect(headings.at(-1)?.id).toBe('same-title-19999');
    expect(html.match(/class="header-anchor"/g)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
