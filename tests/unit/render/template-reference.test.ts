import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build/build.js';
import { createHelpers } from '../../../src/render/helpers.js';
import { testConfig } from '../../helpers/docs.js';
import { collectKeyPaths, readCapturedContexts, siteOwnFrontMatter, writeContextSite } from '../../helpers/context-site.js';
import { makeTempDir, repoRoot } from '../../helpers/run-cli.js';
import { documentedPaths, parseTemplateReference, type ReferenceRow } from '../../helpers/template-reference.js';

const reference = parseTemplateReference(readFileSync(path.join(repoRoot, 'docs/templates.md'), 'utf8'));
const themeLayouts = readdirSync(path.join(repoRoot, 'templates/layouts'))
  .filter((file) => file.endsWith('.hbs'))
  .map((file) => file.replace(/\.hbs$/, ''))
  .sort();
/** Values that are the site's own: documented as a whole, not walked into. */
const userDefined = new Set(['site.params', 'data']);

/** The paths in one set and not the other, sorted, for a readable failure. */
function difference(of: Iterable<string>, without: { has(path: string): boolean }): string[] {
  return [...of].filter((item) => !without.has(item)).sort();
}

/**
 * Documented paths the layout did not receive. The fields of a value documented as sometimes null are
 * not stale where the layout never sets that value (`meta.jsonLd` outside posts): the layouts that do
 * set it check them.
 */
function stalePaths(documented: ReadonlyMap<string, ReferenceRow>, actual: ReadonlySet<string>): string[] {
  const neverSet = [...documented]
    .filter(([path, row]) => row.nullable && actual.has(path) && ![...actual].some((seen) => seen.startsWith(`${path}.`)))
    .map(([path]) => `${path}.`);
  return difference(documented.keys(), actual).filter((path) => !neverSet.some((unset) => path.startsWith(unset)));
}

describe('docs/templates.md', () => {
  const temp = makeTempDir();
  const site = path.join(temp.dir, 'site');
  const received = new Map<string, Set<string>>();
  beforeAll(async () => {
    writeContextSite(site, themeLayouts);
    const result = await build(site, { now: Date.UTC(2026, 0, 1), jobs: 1 });
    expect(result.diagnostics).toEqual([]);
    for (const { layout, context } of readCapturedContexts(path.join(site, 'dist'))) {
      const paths = received.get(layout) ?? new Set<string>();
      collectKeyPaths(context, userDefined, new Set(Object.keys(siteOwnFrontMatter)), '', paths);
      received.set(layout, paths);
    }
  });
  afterAll(() => temp.cleanup());

  it('has a section for every layout of the default theme, and no other', () => {
    expect([...reference.layouts.keys()].sort()).toEqual(themeLayouts);
    expect([...received.keys()].sort()).toEqual(themeLayouts);
  });

  it.each(themeLayouts)('lists every variable the %s layout receives, and nothing it does not', (layout) => {
    const documented = documentedPaths(reference, [...reference.common, ...(reference.layouts.get(layout) ?? [])]);
    const actual = received.get(layout) ?? new Set<string>();
    expect({ undocumented: difference(actual, documented), stale: stalePaths(documented, actual) }).toEqual({ undocumented: [], stale: [] });
  });

  it('lists only variables some layout receives', () => {
    const everywhere = new Set([...received.values()].flatMap((paths) => [...paths]));
    const documented = new Set(
      [reference.common, ...reference.layouts.values()].flatMap((rows) => [...documentedPaths(reference, rows).keys()]),
    );
    expect(difference(documented, everywhere)).toEqual([]);
  });

  it('lists every helper quire registers, and no other', () => {
    expect([...reference.helpers].sort()).toEqual(Object.keys(createHelpers(testConfig())).sort());
  });
});
