import { createDiagnostic } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/types.js';
import type { MarkdownContext } from '../parse/markdown.js';
import { htmlToText, truncateText } from './helpers.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { metaOf, viewOf, type RenderScope } from './render-scope.js';
import { renderWithLayout } from './render-page.js';

const wordsPerMinute = 220;
/** Length of a description made from the excerpt when the front matter has none. */
const descriptionLength = 160;

/**
 * Plans the page of every post and standalone page. Producing one renders its Markdown, records the
 * excerpt for listings, renders the layout and lets the HTML go.
 */
export function planEntryPages(scope: RenderScope): PlannedOutput[] {
  const { site } = scope;
  const posts = site.posts.map((post, index) => ({ entry: post as Entry, index }));
  const pages = site.pages.map((page) => ({ entry: page, index: -1 }));
  return [...posts, ...pages].map(({ entry, index }) => {
    const layoutName = entry.layout ?? entry.kind;
    const layoutPosition = entry.doc.positions.get('layout')?.value;
    const layout = scope.theme.layouts.get(layoutName);
    return {
      outputPath: entry.outputPath,
      source: entry.sourcePath,
      at: entry.doc.positions.get('slug')?.value ?? entry.doc.start,
      inputs: [entry.sourcePath, ...(layout?.uses ?? []), collectionInputs.config, collectionInputs.data, collectionInputs.posts],
      produce: () => {
        const rendered = renderEntryContent(scope, entry);
        const view = { ...viewOf(scope, entry), content: rendered.html, headings: rendered.headings };
        const context: Record<string, unknown> = {
          ...scope.common,
          meta: metaOf(scope, { kind: entry.kind, sitePath: entry.url, title: entry.title, description: view.description ?? '', entry }),
        };
        if (entry.kind === 'post') {
          const newer = site.posts[index - 1];
          const older = site.posts[index + 1];
          context.post = {
            ...view,
            prev: older ? viewOf(scope, older) : undefined,
            next: newer ? viewOf(scope, newer) : undefined,
            related: (site.related.get(entry.sourcePath) ?? []).map((p) => viewOf(scope, p)),
          };
        } else {
          context.page = view;
        }
        const html = renderWithLayout(scope.theme, layoutName, context, scope.diagnostics, {
          file: entry.sourcePath,
          ...(layoutPosition ? { at: layoutPosition } : {}),
        });
        return html === undefined ? undefined : { text: html };
      },
    };
  });
}

/** Renders an entry's Markdown, records its summary for listings and reports links that lead nowhere. */
function renderEntryContent(scope: RenderScope, entry: Entry) {
  const rendered = scope.markdown(entry.doc.body, markdownContextOf(scope, entry));
  for (const ref of rendered.unresolvedLinks) {
    scope.diagnostics.push(
      createDiagnostic('warning', 'BrokenLink', `${ref.href} does not lead to a published post or page`, {
        file: entry.sourcePath,
        at: { line: ref.line, column: ref.column },
        hint: 'links to other posts use their file path relative to this file, e.g. ../2024/other-post.md',
      }),
    );
  }
  scope.summaries.set(entry.sourcePath, {
    excerpt: rendered.excerptHtml,
    description: entry.description ?? truncateText(htmlToText(rendered.excerptHtml), descriptionLength),
    readingTime: Math.max(1, Math.round(rendered.wordCount / wordsPerMinute)),
    wordCount: rendered.wordCount,
    headings: rendered.headings,
  });
  scope.feedContent.keep(entry.sourcePath, rendered.html);
  return rendered;
}

/** What the Markdown renderer needs to know about the site to render an entry. */
export function markdownContextOf(scope: RenderScope, entry: Entry): MarkdownContext {
  const { site, link } = scope;
  return {
    sourcePath: entry.sourcePath,
    basePath: site.config.basePath,
    urlOfSource: (sourcePath) => {
      const url = site.urlBySource.get(sourcePath);
      return url === undefined ? undefined : link.href(url);
    },
  };
}
