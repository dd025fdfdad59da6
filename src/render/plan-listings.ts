import type { Post } from '../model/types.js';
import { paginate } from '../model/paginate.js';
import { outputPathOf } from '../model/permalink.js';
import { latestDate } from './feeds/feed-dates.js';
import { fingerprintOf } from './fingerprint.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { metaOf, viewOf, type RenderScope } from './render-scope.js';
import { renderWithLayout } from './render-page.js';
import { authorView, groupByYear, paginationView, tagView } from './views.js';

/** Plans every listing: home pages, archive, tag pages and index, author pages, and the 404 page. */
export function planListingPages(scope: RenderScope): PlannedOutput[] {
  const { site } = scope;
  const planned: PlannedOutput[] = [];
  // lastmod of a listing: the latest change among the posts it shows (undefined: not in the sitemap).
  const plan = (sitePath: string, layout: string, source: string, context: () => Record<string, unknown>, shows?: readonly Post[]) => {
    const uses = scope.theme.layouts.get(layout)?.uses ?? [];
    let values: Record<string, unknown> | undefined;
    const valuesOnce = () => (values ??= context());
    planned.push({
      outputPath: outputPathOf(sitePath),
      source,
      inputs: [...uses, collectionInputs.config, collectionInputs.data, collectionInputs.posts],
      ...(shows ? { sitemap: { lastmod: latestDate(shows.map((p) => p.updated ?? p.date)) } } : {}),
      fingerprint: () => fingerprintOf(scope.commonFingerprint, scope.layoutFingerprint(layout), JSON.stringify(valuesOnce())),
      produce: () => {
        const html = renderWithLayout(scope.theme, layout, { ...scope.common, ...valuesOnce() }, scope.diagnostics);
        return html === undefined ? undefined : { text: html };
      },
    });
  };
  const paginated = (base: string, layout: string, source: string, posts: readonly Post[], extra: (n: number) => Record<string, unknown>, title?: string) => {
    for (const slice of paginate(posts, site.config.perPage, base)) {
      const pageTitle = title && slice.number > 1 ? `${title} (page ${slice.number})` : slice.number > 1 ? `Page ${slice.number}` : title;
      plan(slice.url, layout, source, () => ({
        ...extra(slice.number),
        meta: metaOf(scope, { kind: layout, sitePath: slice.url, ...(pageTitle ? { title: pageTitle } : {}) }),
        posts: slice.items.map((p) => viewOf(scope, p)),
        pagination: paginationView(slice, site.config.perPage, posts.length, scope.link, base),
      }), slice.items);
    }
  };

  paginated('/', 'home', 'home', site.posts, () => ({}));
  plan('/archive/', 'archive', 'archive', () => ({
    meta: metaOf(scope, { kind: 'archive', sitePath: '/archive/', title: 'Archive' }),
    posts: site.posts.map((p) => viewOf(scope, p)),
    years: groupByYear(site.posts, (p) => viewOf(scope, p)),
  }), site.posts);
  plan('/tags/', 'tags', 'tags', () => ({ meta: metaOf(scope, { kind: 'tags', sitePath: '/tags/', title: 'Tags' }) }), site.posts.filter((p) => p.tags.length > 0));
  for (const tag of site.tags) {
    paginated(tag.url, 'tag', `tag "${tag.name}"`, tag.posts, () => ({ tag: tagView(tag, scope.link, tag.posts.length) }), `Posts tagged “${tag.name}”`);
  }
  for (const { author, posts } of site.authors) {
    paginated(author.url, 'author', `author "${author.name}"`, posts, () => ({ author: { ...authorView(author, scope.link), count: posts.length } }), author.name);
  }
  plan('/404.html', '404', '404', () => ({ meta: metaOf(scope, { kind: '404', sitePath: '/404.html', title: 'Page not found' }) }));
  return planned;
}
