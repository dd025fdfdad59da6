import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { createRandomShortId } from './random-short-id.js';
import { planStarterSite } from './site-files.js';

export interface NewSiteOptions {
  /** The first post's date (epoch milliseconds; written in the starter config's zone, UTC); default now. */
  readonly now?: number;
}

export type NewSiteResult =
  | { readonly ok: true; readonly siteDir: string; readonly files: readonly string[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly exitCode: 1 | 2 };

/** Entries an empty site folder may already hold: a fresh `git init` is fine. */
const allowedEntries = new Set(['.git']);

/**
 * Creates a site that builds at once in `dir` (created when missing): config, a first post, an about
 * page, one author, `static/` and a `.gitignore`. Refuses a folder that holds anything but `.git`
 * (`SiteFolderNotEmpty`, exit code 1) before writing a single file. `files` are site-relative.
 */
export function createSite(dir: string, options: NewSiteOptions = {}): NewSiteResult {
  const siteDir = path.resolve(dir);
  const fail = (code: string, message: string, hint: string): NewSiteResult => ({
    ok: false,
    exitCode: 1,
    diagnostics: [createDiagnostic('error', code, message, { hint })],
  });
  const stats = statSync(siteDir, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory()) {
    return fail('SiteFolderNotDirectory', `${dir} is a file, not a folder`, 'name a new folder: quire init my-blog');
  }
  if (stats) {
    const present = readdirSync(siteDir).filter((name) => !allowedEntries.has(name));
    if (present.length > 0) {
      const shown = present.sort().slice(0, 3).join(', ') + (present.length > 3 ? ', ...' : '');
      return fail('SiteFolderNotEmpty', `${dir} is not empty (${shown}); nothing was written`,
        'create the site in a new folder: quire init my-blog');
    }
  }

  const files = planStarterSite({ nowMs: options.now ?? Date.now(), postId: createRandomShortId() });
  for (const file of files) {
    const target = path.join(siteDir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' });
  }
  return { ok: true, siteDir, files: files.map((f) => f.path) };
}
