import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createHelpers, htmlToText, truncateText } from '../../../src/render/helpers.js';
import { testConfig } from '../../helpers/docs.js';

function renderTemplate(source: string, context: unknown, config = testConfig({ baseUrl: 'https://e.org/blog/' })) {
  const hb = Handlebars.create();
  hb.registerHelper(createHelpers(config));
  return hb.compile(source)(context);
}

describe('template helpers', () => {
  it('formatDate and isoDate keep calendar dates and show instants in the site zone', () => {
    const config = testConfig({ timezone: 'Asia/Tokyo' });
    expect(renderTemplate('{{formatDate d}}|{{isoDate d}}', { d: '2025-09-17' }, config)).toBe('September 17, 2025|2025-09-17');
    expect(renderTemplate('{{formatDate d "yyyy-MM-dd HH:mm"}}', { d: '2025-09-17T20:00:00Z' }, config)).toBe('2025-09-18 05:00');
  });

  it('url adds the base path; without arguments it is the item\'s url field', () => {
    expect(renderTemplate('{{url "/about/"}}', {})).toBe('/blog/about/');
    expect(renderTemplate('{{#each posts}}{{url}} {{/each}}', { posts: [{ url: '/blog/a/' }] })).toBe('/blog/a/ ');
    expect(renderTemplate('{{absUrl "/a/"}}', {})).toBe('https://e.org/blog/a/');
  });

  it('excerpt makes plain text; without arguments it is the item\'s excerpt field', () => {
    expect(renderTemplate('{{excerpt html 12}}', { html: '<p>Hello <b>big</b> world out there</p>' })).toBe('Hello big…');
    expect(renderTemplate('{{{excerpt}}}', { excerpt: '<p>x</p>' })).toBe('<p>x</p>');
  });

  it('json is safe inside a script element', () => {
    expect(renderTemplate('{{{json v}}}', { v: { t: '</script><b>' } })).toBe('{"t":"\\u003c/script\\u003e\\u003cb\\u003e"}');
  });

  it('comparisons and logic', () => {
    expect(renderTemplate('{{#if (eq a 1)}}y{{/if}}{{#if (and a (not b))}}z{{/if}}{{#if (gt a 0)}}g{{/if}}', { a: 1, b: false })).toBe('yzg');
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncateText('The quick brown fox jumps', 15)).toBe('The quick brown…');
    expect(truncateText('short', 15)).toBe('short');
  });
  it('htmlToText drops tags and decodes entities', () => {
    expect(htmlToText('<p>a &amp; b</p>\n<p>c</p>')).toBe('a & b c');
  });
});
