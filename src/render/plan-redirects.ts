import { createDiagnostic } from '../diagnostics/diagnostic.js';
import { normalizeSitePath, outputPathOf } from '../model/permalink.js';
import type { Entry } from '../model/types.js';
import { fingerprintOf } from './fingerprint.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { cardOf, entryOf, type RenderScope } from './render-scope.js';
import { renderWithLayout } from './render-page.js';

/**
 * Plans redirect pages: `/p/<short id>/` for every post (short links that survive slug changes) and one
 * page per `aliases:` entry of posts and pages. Each is a small HTML page with a meta refresh, a
 * canonical link and a plain link (layout `redirect`).
 */
export function planRedirects(planning: RenderScope): PlannedOutput[] {
  const outputs: PlannedOutput[] = [];
  const inputs = [...(planning.theme.layouts.get('redirect')?.uses ?? []), collectionInputs.config];
  const add = ({ sourcePath: source, doc }: Entry, from: string, at = doc.start) => {
    outputs.push({
      outputPath: outputPathOf(from),
      source,
      at,
      inputs: [source, ...inputs],
      fingerprint: (scope) => fingerprintOf(scope.commonFingerprint, scope.layoutFingerprint('redirect'), cardOf(entryOf(scope, source))),
      produce: (scope) => {
        const entry = entryOf(scope, source);
        const redirect = { title: entry.title, url: scope.link.href(entry.url), canonical: scope.link.absolute(entry.url) };
        const html = renderWithLayout(scope.theme, 'redirect', { ...scope.common, redirect }, scope.diagnostics);
        return html === undefined ? undefined : { text: html };
      },
    });
  };
  for (const post of planning.site.posts) add(post, `/p/${post.id}/`, post.doc.positions.get('id')?.value);
  for (const entry of [...planning.site.posts, ...planning.site.pages]) {
    entry.aliases.forEach((alias, index) => {
      const at = entry.doc.positions.get(`aliases.${index}`)?.value ?? entry.doc.positions.get('aliases')?.value;
      const problem = aliasProblem(alias);
      if (problem) {
        planning.diagnostics.push(
          createDiagnostic('error', 'AliasInvalid', `alias "${alias}" ${problem}`, {
            file: entry.sourcePath,
            ...(at ? { at } : {}),
            hint: 'an alias is a path inside the site, such as /2019/old-name/',
          }),
        );
        return;
      }
      add(entry, normalizeSitePath(alias), at);
    });
  }
  return outputs;
}

/** Why an alias cannot be used as a path inside the output folder, or undefined when it can. */
export function aliasProblem(alias: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(alias)) return 'is a full URL, not a path of this site';
  if (/[\u0000-\u001f\u007f\\]/.test(alias)) return 'contains a control character or a backslash';
  if (alias.split('/').some((segment) => segment === '..' || segment === '.')) return 'contains "." or ".." segments';
  if (normalizeSitePath(alias) === '/') return 'is the home page';
  return undefined;
}
