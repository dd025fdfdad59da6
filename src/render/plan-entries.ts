import type { Entry } from '../model/types.js';
import { contentKeyOf, renderEntryContent, reuseEntryContent } from './entry-content.js';
import { fingerprintOf } from './fingerprint.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { bareViewOf, cardOf, entryOf, metaOf, viewOf, type RenderScope } from './render-scope.js';
import { renderWithLayout } from './render-page.js';

/**
 * Plans the page of every post and standalone page. Producing one renders its Markdown, records the
 * excerpt for listings, renders the layout and lets the HTML go. Its fingerprint covers the Markdown,
 * the layout and partials, and what the page shows of other posts (previous, next, related), so an
 * unchanged page is skipped by incremental builds. Posts are named by source path and looked up in
 * the model of the build that produces the page: a plan outlives edits that keep the site's shape.
 */
export function planEntryPages(planning: RenderScope): PlannedOutput[] {
  const { site } = planning;
  const posts = site.posts.map((post, index) => ({ entry: post as Entry, index }));
  const pages = site.pages.map((page) => ({ entry: page, index: -1 }));
  return [...posts, ...pages].map(({ entry: planned, index }) => {
    const source = planned.sourcePath;
    const layoutName = planned.layout ?? planned.kind;
    const older = index >= 0 ? site.posts[index + 1]?.sourcePath : undefined;
    const newer = index >= 1 ? site.posts[index - 1]?.sourcePath : undefined;
    const related = index >= 0 ? (site.related.get(source) ?? []).map((p) => p.sourcePath) : [];
    const context = (scope: RenderScope, entry: Entry, content: string, headings: unknown) => {
      const view = { ...viewOf(scope, entry), content, headings };
      const values: Record<string, unknown> = {
        meta: metaOf(scope, { kind: entry.kind, sitePath: entry.url, title: entry.title, description: view.description ?? '', entry }),
      };
      if (entry.kind === 'post') {
        // Other posts are shown without their excerpt and reading time: a page never depends on
        // whether another post happened to be rendered before it.
        const linkTo = (other: string | undefined) => (other === undefined ? undefined : bareViewOf(scope, entryOf(scope, other)));
        values.post = { ...view, prev: linkTo(older), next: linkTo(newer), related: related.map(linkTo) };
      } else {
        values.page = view;
      }
      return values;
    };
    return {
      outputPath: planned.outputPath,
      source,
      renders: source,
      at: planned.doc.positions.get('slug')?.value ?? planned.doc.start,
      inputs: [
        source,
        ...[older, newer, ...related].filter((other) => other !== undefined),
        ...(planning.theme.layouts.get(layoutName)?.uses ?? []),
        collectionInputs.config,
        collectionInputs.data,
        collectionInputs.posts,
      ],
      sitemap: (scope) => {
        const entry = entryOf(scope, source);
        return { lastmod: entry.updated ?? entry.date };
      },
      fingerprint: (scope) => {
        const entry = entryOf(scope, source);
        const content = reuseEntryContent(scope, entry);
        if (!content) return undefined;
        const others = [older, newer, ...related].map((other) => (other === undefined ? '-' : cardOf(entryOf(scope, other))));
        return fingerprintOf(scope.commonFingerprint, scope.layoutFingerprint(layoutName), cardOf(entry), content.version, ...others);
      },
      produce: (scope) => {
        const entry = entryOf(scope, source);
        const rendered = renderEntryContent(scope, entry, contentKeyOf(scope, entry));
        const layoutPosition = entry.doc.positions.get('layout')?.value;
        const html = renderWithLayout(scope.theme, layoutName, { ...scope.common, ...context(scope, entry, rendered.html, rendered.headings) }, scope.diagnostics, {
          file: source,
          ...(layoutPosition ? { at: layoutPosition } : {}),
        });
        return html === undefined ? undefined : { text: html };
      },
    };
  });
}
