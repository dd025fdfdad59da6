import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SiteSources } from '../source/types.js';
import { dropDuplicateOutputs } from '../build/check-outputs.js';
import type { PlannedOutput } from './output.js';
import { planEntryPages } from './plan-entries.js';
import { planFeeds } from './plan-feeds.js';
import { planListingPages } from './plan-listings.js';
import { planRedirects } from './plan-redirects.js';
import { planSitemap } from './plan-sitemap.js';
import type { RenderScope } from './render-scope.js';

/** Every file of the site, in the order they are produced. */
export interface SitePlan {
  readonly outputs: readonly PlannedOutput[];
  /** The outputs made from any of the given posts and pages (by source path), in plan order. */
  readonly reading: (inputs: ReadonlySet<string>) => PlannedOutput[];
}

/**
 * Plans every file of the site in the order it must be produced: static files and theme assets,
 * then posts and pages (which record the excerpts listings show), then listings, redirects, feeds,
 * the sitemap and robots.txt. A file in `static/` takes the place of a generated feed, sitemap or
 * robots.txt of the same path. Outputs that would write the same file are reported and dropped.
 */
export function planSite(
  scope: RenderScope,
  sources: Pick<SiteSources, 'staticFiles' | 'themeAssets'>,
  diagnostics: Diagnostic[],
  /** Files added by plugins: after the feeds, outside the sitemap. */
  added: readonly PlannedOutput[] = [],
): SitePlan {
  const { site } = scope;
  const copies: PlannedOutput[] = [...sources.themeAssets, ...sources.staticFiles].map((file) => ({
    outputPath: file.outputPath,
    source: file.path,
    inputs: [file.path],
    copy: true,
    fingerprint: () => `copy:${file.absPath}:${file.size}:${file.mtimeMs}`,
    produce: () => ({ copyFrom: file.absPath }),
  }));
  const taken = new Set(copies.map((copy) => copy.outputPath.normalize('NFC')));
  const pages = [...planEntryPages(scope), ...planListingPages(scope)];
  const outputs = dropDuplicateOutputs(
    [...copies, ...pages, ...planRedirects(scope), ...planFeeds(scope, taken), ...added, ...planSitemap(taken, pages)],
    diagnostics,
  );
  // Which outputs read each post or page: indexed once per plan, when a rebuild first asks.
  let byInput: Map<string, Set<number>> | undefined;
  const reading = (inputs: ReadonlySet<string>) => {
    if (!byInput) {
      byInput = new Map();
      outputs.forEach((output, at) => {
        for (const input of output.inputs) {
          if (!site.entries.has(input)) continue;
          const readers = byInput!.get(input);
          if (readers) readers.add(at);
          else byInput!.set(input, new Set([at]));
        }
      });
    }
    const found = new Set([...inputs].flatMap((input) => [...(byInput!.get(input) ?? [])]));
    return [...found].sort((a, b) => a - b).map((at) => outputs[at]!);
  };
  return { outputs, reading };
}
