import { describe, expect, it } from 'vitest';
import { renderToc } from '../../../src/render/toc.js';

const h = (level: number, text: string) => ({ level, text, id: text.toLowerCase().replace(/\W+/g, '-') });

describe('renderToc', () => {
  it('nests h3 under h2 and closes every list', () => {
    expect(renderToc([h(1, 'Title'), h(2, 'One'), h(3, 'One A'), h(3, 'One B'), h(2, 'Two')])).toBe(
      '<ol><li><a href="#one">One</a><ol><li><a href="#one-a">One A</a></li><li><a href="#one-b">One B</a></li></ol></li><li><a href="#two">Two</a></li></ol>',
    );
  });
  it('escapes heading text', () => {
    expect(renderToc([h(2, '<b>&'), h(2, 'x')])).toContain('&lt;b&gt;&amp;');
  });
  it('is empty for fewer than two headings', () => {
    expect(renderToc([h(2, 'Only')])).toBe('');
  });
  it('handles a list that starts deeper than it ends', () => {
    const html = renderToc([h(3, 'Deep'), h(2, 'Up'), h(3, 'Down')]);
    expect(html.match(/<ol>/g)?.length).toBe(html.match(/<\/ol>/g)?.length);
  });
});
