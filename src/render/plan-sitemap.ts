import { outputPathOf } from '../model/permalink.js';
import { feedPaths } from './feeds/feed-paths.js';
import { toW3cDatetime } from './feeds/feed-dates.js';
import { renderRobotsTxt, renderSitemap, type SitemapUrl } from './feeds/render-sitemap.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import type { RenderScope } from './render-scope.js';

/**
 * Plans `/sitemap.xml` and `/robots.txt`. The sitemap lists every planned page marked for it (posts,
 * standalone pages and listings with their pages; not the 404 page or redirect pages), with the
 * lastmod each page was planned with. A file of the same path in `static/` wins.
 */
export function planSitemap(scope: RenderScope, taken: ReadonlySet<string>, pages: readonly PlannedOutput[]): PlannedOutput[] {
  const { link } = scope;
  const planned: PlannedOutput[] = [];
  if (!taken.has(outputPathOf(feedPaths.sitemap))) {
    planned.push({
      outputPath: outputPathOf(feedPaths.sitemap),
      source: 'sitemap',
      inputs: [collectionInputs.posts, collectionInputs.config],
      produce: () => ({ text: renderSitemap(sitemapUrls(scope, pages)) }),
    });
  }
  if (!taken.has(outputPathOf(feedPaths.robots))) {
    planned.push({
      outputPath: outputPathOf(feedPaths.robots),
      source: 'robots.txt',
      inputs: [collectionInputs.config],
      produce: () => ({ text: renderRobotsTxt(link.absolute(feedPaths.sitemap)) }),
    });
  }
  return planned;
}

/** The sitemap's URLs: the planned pages marked for it, in plan order. */
export function sitemapUrls(scope: RenderScope, pages: readonly PlannedOutput[]): SitemapUrl[] {
  const zone = scope.site.config.timezone;
  return pages.flatMap((page) =>
    page.sitemap
      ? [
          {
            loc: scope.link.absolute(`/${page.outputPath.replace(/(^|\/)index\.html$/, '$1')}`),
            lastmod: page.sitemap.lastmod ? toW3cDatetime(page.sitemap.lastmod, zone) : undefined,
          },
        ]
      : [],
  );
}
