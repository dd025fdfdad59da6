import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer, type MarkdownContext } from '../../../src/parse/markdown.js';

const render = createMarkdownRenderer();
const context: MarkdownContext = {
  sourcePath: 'posts/2024/a.md',
  basePath: '/',
  urlOfSource: (source) => ({ 'posts/2023/b.md': '/posts/b/', 'posts/2024/c.md': '/posts/c/' })[source],
};

describe('markdown', () => {
  it('renders GFM tables and strikethrough, and raw HTML', () => {
    const { html } = render('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ <kbd>Ctrl</kbd>\n', context);
    expect(html).toContain('<table>');
    expect(html).toContain('<s>old</s>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
  });

  it('gives every heading a stable, unique id', () => {
    const { html, headings } = render('# Intro\n\n## Café crème\n\n## Intro\n', context);
    expect(headings.map((h) => h.id)).toEqual(['intro', 'café-crème', 'intro-1']);
    expect(html).toContain('<h2 id="café-crème">');
  });

  it('rewrites links to other posts by source path, keeping the anchor', () => {
    const { html, links } = render('[b](../2023/b.md#part) and [c](./c.md) and [x](missing.md)\n', context);
    expect(html).toContain('href="/posts/b/#part"');
    expect(html).toContain('href="/posts/c/"');
    expect(html).toContain('href="missing.md"');
    expect(links.map((l) => [l.href, l.line, l.column])).toEqual([['../2023/b.md#part', 1, 1], ['./c.md', 1, 28], ['missing.md', 1, 44]]);
  });

  it('notes images without alt text, in Markdown and raw HTML, and the ids of raw HTML', () => {
    const body = '![](/a.png) ![ok](/b.png)\n\n<img src="/c.png">\n\nText <img src="/d.png" alt=""> <a id="here"></a> <img src=/e.png>\n';
    const { imagesWithoutAlt, htmlIds } = render(body, context);
    expect(imagesWithoutAlt).toEqual([
      { src: '/a.png', line: 1, column: 1 },
      { src: '/c.png', line: 3, column: 1 },
      { src: '/e.png', line: 5, column: 50 },
    ]);
    expect(htmlIds).toEqual(['here']);
  });

  it('reports link lines as file lines when the front matter is blanked', () => {
    const { links } = render('\n\n\n\nText\n\nSee [here](/x/).\n', context);
    expect(links[0]).toMatchObject({ href: '/x/', line: 7, column: 5 });
  });

  it('prefixes root-relative links and images with the base path', () => {
    const { html } = render('[a](/about/) ![i](/img.png) [e](https://e.org/) [h](#top)\n', { ...context, basePath: '/blog/' });
    expect(html).toContain('href="/blog/about/"');
    expect(html).toContain('src="/blog/img.png"');
    expect(html).toContain('href="https://e.org/"');
    expect(html).toContain('href="#top"');
  });

  it('takes the excerpt before <!-- more -->, else the first paragraph', () => {
    expect(render('One.\n\nTwo.\n\n<!-- more -->\n\nThree.\n', context).excerptHtml).toBe('<p>One.</p>\n<p>Two.</p>\n');
    expect(render('# Title\n\nFirst.\n\nSecond.\n', context).excerptHtml).toBe('<p>First.</p>\n');
  });

  it('counts words of text and code', () => {
    expect(render('one two three\n\n```\nfour five\n```\n', context).wordCount).toBe(5);
  });
});

describe('markdown extras', () => {
  it('renders footnotes', () => {
    const { html } = render('Text[^1].\n\n[^1]: A note.\n', context);
    expect(html).toContain('<section class="footnotes">');
    expect(html).toContain('A note.');
  });

  it('renders task lists as disabled, labelled checkboxes', () => {
    const { html } = render('- [x] done\n- [ ] todo\n', context);
    expect(html).toContain('<label><input class="task-list-item-checkbox" checked="" disabled="" type="checkbox"> done</label>');
  });

  it('highlights fenced code with a known language at build time, and only escapes the rest', () => {
    const { html } = render('```js\nconst a = "<b>";\n```\n\n```\nplain <i>\n```\n', context);
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('<pre tabindex="0"><code>plain &lt;i&gt;\n</code></pre>');
  });

  it('adds an accessible anchor link after each heading', () => {
    const { html } = render('## Part one\n', context);
    expect(html).toContain('<h2 id="part-one">Part one</h2>');
    expect(html).toMatch(/<a class="header-anchor" href="#part-one"><span class="visually-hidden">Permalink to “Part one”<\/span>/);
  });
});
