import { outputPathOf } from '../model/permalink.js';
import { feedPaths } from './feeds/feed-paths.js';
import { toW3cDatetime } from './feeds/feed-dates.js';
import { renderRobotsTxt, renderSitemap, type SitemapUrl } from './feeds/render-sitemap.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { fingerprintOf } from './fingerprint.js';
import type { RenderScope } from './render-scope.js';

/**
 * Plans `/sitemap.xml` and `/robots.txt`. The sitemap lists every planned page marked for it (posts,
 * standalone pages and listings with their pages; not the 404 page or redirect pages), with the
 * lastmod each page was planned with. A file of the same path in `static/` wins.
 */
export function planSitemap(taken: ReadonlySet<string>, pages: readonly PlannedOutput[]): PlannedOutput[] {
  const planned: PlannedOutput[] = [];
  if (!taken.has(outputPathOf(feedPaths.sitemap))) {
    // Every URL and lastmod is part of the site's shape: a plan kept for the same shape keeps the sitemap.
    planned.push({
      outputPath: outputPathOf(feedPaths.sitemap),
      source: 'sitemap',
      inputs: [collectionInputs.posts, collectionInputs.config],
      fingerprint: (scope) =>
        fingerprintOf(scope.commonFingerprint, ...pages.flatMap((page) => (page.sitemap ? [`${page.outputPath} ${page.sitemap(scope).lastmod?.iso ?? ''}`] : []))),
      produce: (scope) => ({ text: renderSitemap(sitemapUrls(scope, pages)) }),
    });
  }
  if (!taken.has(outputPathOf(feedPaths.robots))) {
    planned.push({
      outputPath: outputPathOf(feedPaths.robots),
      source: 'robots.txt',
      inputs: [collectionInputs.config],
      fingerprint: (scope) => scope.commonFingerprint,
      produce: (scope) => ({ text: renderRobotsTxt(scope.link.absolute(feedPaths.sitemap)) }),
    });
  }
  return planned;
}

/** The sitemap's URLs: the planned pages marked for it, in plan order. */
export function sitemapUrls(scope: RenderScope, pages: readonly PlannedOutput[]): SitemapUrl[] {
  const zone = scope.site.config.timezone;
  return pages.flatMap((page) => {
    if (!page.sitemap) return [];
    const { lastmod } = page.sitemap(scope);
    return [{ loc: scope.link.absolute(`/${page.outputPath.replace(/(^|\/)index\.html$/, '$1')}`), lastmod: lastmod ? toW3cDatetime(lastmod, zone) : undefined }];
  });
}
