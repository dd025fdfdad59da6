import type { Post } from '../model/types.js';
import { paginate } from '../model/paginate.js';
import { outputPathOf } from '../model/permalink.js';
import { ensureSummary } from './entry-content.js';
import { latestDate } from './feeds/feed-dates.js';
import { fingerprintOf } from './fingerprint.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { metaOf, viewOf, type RenderScope } from './render-scope.js';
import { renderWithLayout } from './render-page.js';
import { authorView, entryView, groupByYear, paginationView, tagView } from './views.js';

/** Plans every listing: home pages, archive, tag pages and index, author pages, and the 404 page. */
export function planListingPages(scope: RenderScope): PlannedOutput[] {
  const { site } = scope;
  const planned: PlannedOutput[] = [];
  // `shows`: the posts whose latest change is the listing's sitemap lastmod (undefined: not in the
  // sitemap). `excerpts`: the posts whose excerpts it shows, so it depends on their Markdown.
  const plan = (
    sitePath: string,
    layout: string,
    source: string,
    context: () => Record<string, unknown>,
    shows?: readonly Post[],
    excerpts: readonly Post[] = [],
  ) => {
    const uses = scope.theme.layouts.get(layout)?.uses ?? [];
    let values: Record<string, unknown> | undefined;
    const valuesOnce = () => (values ??= context());
    planned.push({
      outputPath: outputPathOf(sitePath),
      source,
      inputs: [...uses, collectionInputs.config, collectionInputs.data, collectionInputs.posts, ...excerpts.map((p) => p.sourcePath)],
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
        posts: slice.items.map((p) => {
          ensureSummary(scope, p);
          return viewOf(scope, p);
        }),
        pagination: paginationView(slice, site.config.perPage, posts.length, scope.link, base),
      }), slice.items, slice.items);
    }
  };

  paginated('/', 'home', 'home', site.posts, () => ({}));
  // The archive lists every post by title and date, without excerpts: editing one post's text does
  // not make it render again.
  const listed = (p: Post) => entryView(p, scope.link, undefined);
  plan('/archive/', 'archive', 'archive', () => ({
    meta: metaOf(scope, { kind: 'archive', sitePath: '/archive/', title: 'Archive' }),
    posts: site.posts.map(listed),
    years: groupByYear(site.posts, listed),
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
