import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/types.js';
import type { ThemeFile } from '../source/types.js';
import { contentKeyOf, ensureSummary } from './entry-content.js';
import { createSuggester, findBrokenLink, urlPathsOf, type LinkTargets } from './find-broken-link.js';
import type { RenderedContent } from './render-state.js';
import type { RenderScope } from './render-scope.js';
import { findTemplateIds, findTemplateLinks } from './template-links.js';

/**
 * Checks every internal link, image and anchor of the posts, pages (their `image:` too) and templates
 * against the files this build writes; raises BrokenLink, BrokenImage, BrokenAnchor and ImageMissingAlt
 * warnings at the Markdown, front-matter or template position. Runs once the site is planned and rendered: each post's links and
 * anchors were recorded with its rendered Markdown, so cached and worker-rendered bodies are checked
 * alike, without rendering again.
 */
export function checkSiteLinks(scope: RenderScope, outputPaths: Iterable<string>, theme: readonly ThemeFile[]): Diagnostic[] {
  const entries = [...scope.site.entries.values()];
  const contents = new Map(entries.map((entry) => [entry, renderedContentOf(scope, entry)]));
  const themeIds = theme.flatMap((file) => findTemplateIds(file.text));
  const contentByUrl = new Map([...contents].map(([entry, content]) => [entry.url.normalize('NFC'), content]));
  // Made for the pages that links with an anchor point to, when first asked.
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (pagePath: string) => {
    let found = anchors.get(pagePath);
    const content = found ? undefined : contentByUrl.get(pagePath);
    if (content) {
      found = new Set([...content.headings.map((h) => h.id), ...content.htmlIds, ...themeIds]);
      anchors.set(pagePath, found);
    }
    return found;
  };
  const targets: LinkTargets = {
    urls: urlPathsOf(outputPaths),
    anchorsOf,
    urlOfSource: new Map(entries.map((entry) => [entry.sourcePath, entry.url])),
    basePath: scope.site.config.basePath,
    suggest: createSuggester(),
  };
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, message: string, file: string, at: { line: number; column: number }, hint: string) =>
    diagnostics.push(createDiagnostic('warning', code, message, { file, at, hint }));
  for (const [entry, content] of contents) {
    const from = { file: entry.sourcePath, pagePath: entry.url };
    for (const ref of content.refs) {
      const broken = findBrokenLink(ref.href, ref.kind, from, targets);
      if (broken) warn(broken.code, broken.message, entry.sourcePath, ref, broken.hint);
    }
    // The social card image of the front matter is a link of the page too.
    if (entry.image !== undefined) {
      const broken = findBrokenLink(entry.image, 'image', from, targets);
      const at = entry.doc.positions.get('image')?.value ?? entry.doc.start;
      if (broken) warn(broken.code, broken.message, entry.sourcePath, at, broken.hint);
    }
    for (const image of content.imagesWithoutAlt) {
      warn('ImageMissingAlt', `image ${image.src} has no alt text`, entry.sourcePath, image, 'describe the image for readers who cannot see it: ![A red bicycle](bike.png), or <img alt="...">; alt="" marks a decorative image');
    }
  }
  const basePath = scope.site.config.basePath;
  for (const file of theme) {
    for (const link of findTemplateLinks(file.text)) {
      const href = link.sitePath ? `/${link.href.replace(/^\/+/, '')}` : siteHrefOf(link.href, basePath);
      if (href === undefined) {
        warn('BrokenLink', `${link.href} is outside the site's base path ${basePath}`, file.path, link, `write {{url "${link.href}"}}: it adds the base path`);
        continue;
      }
      // Relative and same-page hrefs of a template depend on the page it renders: not checked.
      if (!href.startsWith('/')) continue;
      const broken = findBrokenLink(href, link.kind, { file: file.path, pagePath: undefined }, targets);
      if (broken) warn(broken.code, broken.message, file.path, link, broken.hint);
    }
  }
  return diagnostics;
}

/** A template's literal root-relative href as a site path; undefined when it is outside the base path. */
function siteHrefOf(href: string, basePath: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//') || basePath === '/') return href;
  return href.startsWith(basePath) ? `/${href.slice(basePath.length)}` : undefined;
}

/** The rendered Markdown of an entry: of this build, else of the one it reuses, else rendered now. */
function renderedContentOf(scope: RenderScope, entry: Entry): RenderedContent {
  const key = contentKeyOf(scope, entry);
  const known = scope.content.get(key) ?? scope.previous?.content.get(key);
  if (known) return known;
  ensureSummary(scope, entry);
  return scope.content.get(key)!;
}
