import type { Post } from '../model/types.js';
import { paginate } from '../model/paginate.js';
import { outputPathOf } from '../model/permalink.js';
import type { SiteDate } from '../parse/dates.js';
import { feedPaths } from './feeds/feed-paths.js';
import { latestDate, toW3cDatetime } from './feeds/feed-dates.js';
import { renderRobotsTxt, renderSitemap, type SitemapUrl } from './feeds/render-sitemap.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import type { RenderScope } from './render-scope.js';

/**
 * Plans `/sitemap.xml` and `/robots.txt`. The sitemap lists every page a reader can land on: posts,
 * standalone pages, the home page and its pages, the archive, the tags index, tag pages and author pages
 * (the same listings planListingPages writes); not the 404 page or redirect pages. A file of the same
 * path in `static/` wins.
 */
export function planSitemap(scope: RenderScope, taken: ReadonlySet<string>): PlannedOutput[] {
  const { site, link } = scope;
  const planned: PlannedOutput[] = [];
  if (!taken.has(outputPathOf(feedPaths.sitemap))) {
    planned.push({
      outputPath: outputPathOf(feedPaths.sitemap),
      source: 'sitemap',
      inputs: [collectionInputs.posts, collectionInputs.config, ...site.pages.map((p) => p.sourcePath)],
      produce: () => ({ text: renderSitemap(sitemapUrls(scope)) }),
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

/** The URLs of the sitemap, each with the last change of what the page shows. */
export function sitemapUrls(scope: RenderScope): SitemapUrl[] {
  const { site, link } = scope;
  const zone = site.config.timezone;
  const url = (sitePath: string, lastmod: SiteDate | undefined): SitemapUrl => ({
    loc: link.absolute(sitePath),
    lastmod: lastmod ? toW3cDatetime(lastmod, zone) : undefined,
  });
  const changed = (post: Post) => post.updated ?? post.date;
  const listing = (base: string, posts: readonly Post[]) =>
    paginate(posts, site.config.perPage, base).map((slice) => url(slice.url, latestDate(slice.items.map(changed))));
  return [
    ...listing('/', site.posts),
    url('/archive/', latestDate(site.posts.map(changed))),
    url('/tags/', latestDate(site.posts.filter((post) => post.tags.length > 0).map(changed))),
    ...site.tags.flatMap((tag) => listing(tag.url, tag.posts)),
    ...site.authors.flatMap(({ author, posts }) => listing(author.url, posts)),
    ...site.posts.map((post) => url(post.url, changed(post))),
    ...site.pages.map((page) => url(page.url, page.updated ?? page.date)),
  ];
}
