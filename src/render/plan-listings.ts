import { siteIndex } from '../model/site-index.js';
import type { Post, Site } from '../model/types.js';
import { paginate } from '../model/paginate.js';
import { outputPathOf } from '../model/permalink.js';
import { contentVersionOf, ensureSummary } from './entry-content.js';
import { latestDate } from './feeds/feed-dates.js';
import { fingerprintOf } from './fingerprint.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { bareViewOf, cardOf, metaOf, viewOf, type RenderScope } from './render-scope.js';
import { renderWithLayout } from './render-page.js';
import { authorView, groupByYear, paginationView, tagView } from './views.js';

/** A listing's posts and the values it shows besides them, looked up in the model of a build. */
interface ListingSource {
  readonly posts: (site: Site) => readonly Post[];
  readonly extra: (scope: RenderScope) => Record<string, unknown>;
}

/**
 * Plans every listing: home pages, archive, tag pages and index, author pages, and the 404 page. A
 * listing's fingerprint is made of the cards of the posts it shows (and their rendered content when it
 * shows excerpts), so that editing one post re-renders only the listings that show it. Posts, tags and
 * authors are looked up in the model of the build that produces the listing: a plan outlives edits
 * that keep the site's shape.
 */
export function planListingPages(planning: RenderScope): PlannedOutput[] {
  const { site } = planning;
  const planned: PlannedOutput[] = [];
  // `parts`: what the listing shows besides the common values and its layout (undefined: a post it
  // shows must be rendered first). `shows`: the posts whose latest change is the listing's sitemap
  // lastmod (undefined: not in the sitemap). `reads`: source paths of every post it shows.
  const plan = (
    sitePath: string,
    layout: string,
    source: string,
    context: (scope: RenderScope) => Record<string, unknown>,
    parts: (scope: RenderScope) => readonly string[] | undefined,
    reads: readonly Post[],
    shows?: (site: Site) => readonly Post[],
  ) => {
    const uses = planning.theme.layouts.get(layout)?.uses ?? [];
    planned.push({
      outputPath: outputPathOf(sitePath),
      source,
      inputs: [...uses, collectionInputs.config, collectionInputs.data, collectionInputs.posts, ...reads.map((p) => p.sourcePath)],
      ...(shows ? { sitemap: (scope: RenderScope) => ({ lastmod: latestDate(shows(scope.site).map((p) => p.updated ?? p.date)) }) } : {}),
      fingerprint: (scope) => {
        const shown = parts(scope);
        return shown && fingerprintOf(scope.commonFingerprint, scope.layoutFingerprint(layout), sitePath, ...shown);
      },
      produce: (scope) => {
        // Made for this page alone and let go once it is rendered: thousands of listings would not fit.
        const html = renderWithLayout(scope.theme, layout, { ...scope.common, ...context(scope) }, scope.diagnostics);
        return html === undefined ? undefined : { text: html };
      },
    });
  };
  const paginated = (base: string, layout: string, source: string, list: ListingSource, title?: string) => {
    const { perPage } = site.config;
    for (const slice of paginate(list.posts(site), perPage, base)) {
      const pageTitle = title && slice.number > 1 ? `${title} (page ${slice.number})` : slice.number > 1 ? `Page ${slice.number}` : title;
      const items = (s: Site) => list.posts(s).slice((slice.number - 1) * perPage, slice.number * perPage);
      const context = (scope: RenderScope) => ({
        ...list.extra(scope),
        meta: metaOf(scope, { kind: layout, sitePath: slice.url, ...(pageTitle ? { title: pageTitle } : {}) }),
        posts: items(scope.site).map((p) => {
          ensureSummary(scope, p);
          return viewOf(scope, p);
        }),
        pagination: paginationView(slice, perPage, list.posts(scope.site).length, scope.link, base),
      });
      const parts = (scope: RenderScope) => {
        const shown = items(scope.site);
        const versions = shown.map((p) => contentVersionOf(scope, p));
        if (versions.includes(undefined)) return undefined;
        return [JSON.stringify(list.extra(scope)), pageTitle ?? '', `${slice.total} ${list.posts(scope.site).length}`, ...shown.map((p, i) => `${cardOf(p)} ${versions[i]}`)];
      };
      plan(slice.url, layout, source, context, parts, slice.items, items);
    }
  };

  paginated('/', 'home', 'home', { posts: (s) => s.posts, extra: () => ({}) });
  // The archive lists every post by title and date, without excerpts: editing one post's text does
  // not make it render again.
  const allPosts = (s: Site) => s.posts;
  plan('/archive/', 'archive', 'archive', (scope) => {
    const listed = (p: Post) => bareViewOf(scope, p);
    return {
      meta: metaOf(scope, { kind: 'archive', sitePath: '/archive/', title: 'Archive' }),
      posts: scope.site.posts.map(listed),
      years: groupByYear(scope.site.posts, listed),
    };
  }, (scope) => scope.site.posts.map(cardOf), site.posts, allPosts);
  const tagged = (s: Site) => s.posts.filter((p) => p.tags.length > 0);
  plan('/tags/', 'tags', 'tags', (scope) => ({ meta: metaOf(scope, { kind: 'tags', sitePath: '/tags/', title: 'Tags' }) }), () => [], tagged(site), tagged);
  for (const { slug, name, url } of site.tags) {
    const tagOf = (s: Site) => siteIndex(s).tags.get(slug)!;
    const extra = (scope: RenderScope) => {
      const tag = tagOf(scope.site);
      return { tag: tagView(tag, scope.link, tag.posts.length) };
    };
    paginated(url, 'tag', `tag "${name}"`, { posts: (s) => tagOf(s).posts, extra }, `Posts tagged “${name}”`);
  }
  for (const { author } of site.authors) {
    const listingOf = (s: Site) => siteIndex(s).authors.get(author.id)!;
    const extra = (scope: RenderScope) => {
      const listing = listingOf(scope.site);
      return { author: { ...authorView(listing.author, scope.link), count: listing.posts.length } };
    };
    paginated(author.url, 'author', `author "${author.name}"`, { posts: (s) => listingOf(s).posts, extra }, author.name);
  }
  plan('/404.html', '404', '404', (scope) => ({ meta: metaOf(scope, { kind: '404', sitePath: '/404.html', title: 'Page not found' }) }), () => [], []);
  return planned;
}
