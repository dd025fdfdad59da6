import type { Entry } from '../model/types.js';
import { contentKeyOf, renderEntryContent, reuseEntryContent } from './entry-content.js';
import { fingerprintOf } from './fingerprint.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { metaOf, viewOf, type RenderScope } from './render-scope.js';
import { renderWithLayout } from './render-page.js';
import { entryView } from './views.js';

/**
 * Plans the page of every post and standalone page. Producing one renders its Markdown, records the
 * excerpt for listings, renders the layout and lets the HTML go. Its fingerprint covers the Markdown,
 * the layout and partials, and every value the page shows of other posts (previous, next, related), so
 * an unchanged page is skipped by incremental builds.
 */
export function planEntryPages(scope: RenderScope): PlannedOutput[] {
  const { site } = scope;
  const posts = site.posts.map((post, index) => ({ entry: post as Entry, index }));
  const pages = site.pages.map((page) => ({ entry: page, index: -1 }));
  return [...posts, ...pages].map(({ entry, index }) => {
    const layoutName = entry.layout ?? entry.kind;
    const layoutPosition = entry.doc.positions.get('layout')?.value;
    const layout = scope.theme.layouts.get(layoutName);
    const context = (content: string, headings: unknown) => {
      const view = { ...viewOf(scope, entry), content, headings };
      const values: Record<string, unknown> = {
        meta: metaOf(scope, { kind: entry.kind, sitePath: entry.url, title: entry.title, description: view.description ?? '', entry }),
      };
      if (entry.kind === 'post') {
        const newer = site.posts[index - 1];
        const older = site.posts[index + 1];
        // Other posts are shown without their excerpt and reading time: a page never depends on
        // whether another post happened to be rendered before it.
        const linkTo = (other: Entry) => entryView(other, scope.link, undefined);
        values.post = {
          ...view,
          prev: older ? linkTo(older) : undefined,
          next: newer ? linkTo(newer) : undefined,
          related: (site.related.get(entry.sourcePath) ?? []).map(linkTo),
        };
      } else {
        values.page = view;
      }
      return values;
    };
    return {
      outputPath: entry.outputPath,
      source: entry.sourcePath,
      at: entry.doc.positions.get('slug')?.value ?? entry.doc.start,
      inputs: [entry.sourcePath, ...(layout?.uses ?? []), collectionInputs.config, collectionInputs.data, collectionInputs.posts],
      sitemap: { lastmod: entry.updated ?? entry.date },
      fingerprint: () => {
        // The content key hashes the whole body: computed only for pages a build looks at.
        const key = contentKeyOf(scope, entry);
        const reused = reuseEntryContent(scope, entry, key);
        if (!reused) return undefined;
        const values = context('', reused.headings);
        // Where its links lead is part of the page: a link to a post that was removed renders differently.
        return fingerprintOf(scope.commonFingerprint, scope.layoutFingerprint(layoutName), key, JSON.stringify(reused.links), JSON.stringify(values));
      },
      produce: () => {
        const rendered = renderEntryContent(scope, entry, contentKeyOf(scope, entry));
        const html = renderWithLayout(scope.theme, layoutName, { ...scope.common, ...context(rendered.html, rendered.headings) }, scope.diagnostics, {
          file: entry.sourcePath,
          ...(layoutPosition ? { at: layoutPosition } : {}),
        });
        return html === undefined ? undefined : { text: html };
      },
    };
  });
}
