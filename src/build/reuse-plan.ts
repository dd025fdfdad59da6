import { entryShapeOf } from '../model/entry-shape.js';
import type { Site } from '../model/types.js';
import type { SiteSources } from '../source/types.js';
import type { BuildKey } from './reuse-model.js';

/**
 * The shape of a site: everything planning reads (which files exist, where each is written and from
 * which layout, which posts each listing and feed shows) but not titles, descriptions or bodies. Two
 * builds of the same shape have the same plan: a watch rebuild after a title edit reuses it.
 */
export function siteShapeOf(site: Site, themeKey: string, sources: SiteSources): BuildKey {
  return [
    themeKey,
    ...[...sources.themeAssets, ...sources.staticFiles].map((f) => `${f.absPath}\n${f.outputPath}\n${f.size}\n${f.mtimeMs}`),
    ...site.posts.map(entryShapeOf),
    ...site.pages.map(entryShapeOf),
  ];
}
