import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BuildState, RenderedContent } from './render-state.js';
import type { MarkdownRenderer } from '../parse/markdown.js';
import type { Site } from '../model/types.js';
import type { SiteSources } from '../source/types.js';
import type { CompiledTheme } from './compile-theme.js';
import type { PlannedOutput } from './output.js';
import { planEntryPages } from './plan-entries.js';
import { planFeeds } from './plan-feeds.js';
import { planListingPages } from './plan-listings.js';
import { planRedirects } from './plan-redirects.js';
import { planSitemap } from './plan-sitemap.js';
import { createRenderScope } from './render-scope.js';

/**
 * Plans every file of the site in the order it must be produced: static files and theme assets,
 * then posts and pages (which record the excerpts listings show), then listings, redirects, feeds,
 * the sitemap and robots.txt. A file in `static/` takes the place of a generated feed, sitemap or
 * robots.txt of the same path.
 */
export function planSite(
  site: Site,
  sources: Pick<SiteSources, 'staticFiles' | 'themeAssets'>,
  theme: CompiledTheme,
  markdown: MarkdownRenderer,
  diagnostics: Diagnostic[],
  previous?: BuildState,
  bodies?: ReadonlyMap<string, string>,
): { outputs: PlannedOutput[]; content: ReadonlyMap<string, RenderedContent> } {
  const scope = createRenderScope(site, theme, markdown, diagnostics, previous, bodies);
  const copies: PlannedOutput[] = [...sources.themeAssets, ...sources.staticFiles].map((file) => ({
    outputPath: file.outputPath,
    source: file.path,
    inputs: [file.path],
    copy: true,
    fingerprint: () => `copy:${file.absPath}:${file.size}:${file.mtimeMs}`,
    produce: () => ({ copyFrom: file.absPath }),
  }));
  // Feeds come after the post pages, whose production keeps the HTML the feeds show.
  const taken = new Set(copies.map((copy) => copy.outputPath.normalize('NFC')));
  const pages = [...planEntryPages(scope), ...planListingPages(scope)];
  const outputs = [...copies, ...pages, ...planRedirects(scope), ...planFeeds(scope, taken), ...planSitemap(scope, taken, pages)];
  return { outputs, content: scope.content };
}
