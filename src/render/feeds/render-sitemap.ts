import { escapeXml } from './xml-text.js';

export interface SitemapUrl {
  /** Absolute, percent-encoded URL. */
  readonly loc: string;
  /** W3C Datetime of the last change, when known. */
  readonly lastmod: string | undefined;
}

/** A sitemaps.org 0.9 `<urlset>` document, valid against its XML Schema. */
export function renderSitemap(urls: readonly SitemapUrl[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      ({ loc, lastmod }) =>
        `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ];
  return lines.join('\n');
}

/** A robots.txt that lets every crawler in and names the sitemap. */
export function renderRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${sitemapUrl}\n`;
}
