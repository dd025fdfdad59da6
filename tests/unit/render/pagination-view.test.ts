import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/model/paginate.js';
import { createLinker, paginationView } from '../../../src/render/views.js';
import { testConfig } from '../../helpers/docs.js';

describe('the pagination of a listing', () => {
  const link = createLinker(testConfig({ baseUrl: 'https://example.org/blog/' }));
  const slices = paginate(Array.from({ length: 25 }, (_, i) => i), 10, '/tags/go/');
  const second = () => paginationView(slices[1]!, 10, 25, link, '/tags/go/');

  it('has a link per page, the current one marked, for templates that number them', () => {
    const html = Handlebars.compile('{{#each pagination.links}}[{{number}} {{url}}{{#if current}} current{{/if}}]{{/each}}')({ pagination: second() });
    expect(html).toBe('[1 /blog/tags/go/][2 /blog/tags/go/page/2/ current][3 /blog/tags/go/page/3/]');
  });

  it('makes the links once, when read, and then shows them like any other field', () => {
    const view = second();
    expect(Object.getOwnPropertyDescriptor(view, 'links')?.get).toBeTypeOf('function');
    const links = view.links;
    expect(view.links).toBe(links);
    expect(JSON.parse(JSON.stringify(view))).toMatchObject({ page: 2, pages: 3, prev: '/blog/tags/go/', next: '/blog/tags/go/page/3/', links: [{ number: 1 }, { number: 2, current: true }, { number: 3 }] });
  });
});
