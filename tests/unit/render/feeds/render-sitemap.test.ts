import { describe, expect, it } from 'vitest';
import { renderRobotsTxt, renderSitemap } from '../../../../src/render/feeds/render-sitemap.js';
import { canValidateXml, validateXml } from '../../../helpers/xmllint.js';

describe('renderSitemap', () => {
  it('lists URLs with optional lastmod, escaped, valid against the sitemaps.org schema', () => {
    const xml = renderSitemap([
      { loc: 'https://example.org/', lastmod: '2025-09-17' },
      { loc: 'https://example.org/search?a=1&b=2', lastmod: undefined },
      { loc: 'https://example.org/posts/caf%C3%A9/', lastmod: '2025-09-17T08:30:00+02:00' },
    ]);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="utf-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://example.org/</loc><lastmod>2025-09-17</lastmod></url>
        <url><loc>https://example.org/search?a=1&amp;b=2</loc></url>
        <url><loc>https://example.org/posts/caf%C3%A9/</loc><lastmod>2025-09-17T08:30:00+02:00</lastmod></url>
      </urlset>
      "
    `);
    if (canValidateXml()) expect(validateXml(xml, { xsd: 'sitemap.xsd' })).toEqual({ ok: true, messages: '- validates\n' });
  });
});

describe('renderRobotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(renderRobotsTxt('https://example.org/blog/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://example.org/blog/sitemap.xml\n',
    );
  });
});
