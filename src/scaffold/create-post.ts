import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { BuildAbort, createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseSiteDate } from '../parse/dates.js';
import { createPostFileName, formatNewPostDate, normalizeTitle, renderPostFile } from './post-file.js';
import { createRandomShortId } from './random-short-id.js';

export interface NewPostOptions {
  readonly title: string;
  readonly tags?: readonly string[];
  readonly draft?: boolean;
  /** The post's date as typed (`2026-11-27` or a date-time), read in the site time zone; default now. */
  readonly date?: string;
  /** The instant used when `date` is absent (epoch milliseconds); default the clock. */
  readonly now?: number;
}

export type NewPostResult =
  | { readonly ok: true; readonly file: string; readonly text: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly exitCode: 1 | 2 };

/**
 * Writes `posts/YYYY-MM-DD-<slug>.md` in a site with a new id and the date in the site's time zone.
 * Never replaces a file: an existing one gives `PostFileExists` (exit code 1) and stays as it was.
 * Unusable input (no site, empty title, bad date, bad config) gives exit code 2. `file` is absolute;
 * diagnostics name files relative to the site folder, like the build's.
 */
export async function createPost(siteDir: string, options: NewPostOptions): Promise<NewPostResult> {
  const fail = (exitCode: 1 | 2, code: string, message: string, hint?: string, file?: string): NewPostResult => ({
    ok: false,
    exitCode,
    diagnostics: [createDiagnostic('error', code, message, { ...(hint ? { hint } : {}), ...(file ? { file } : {}) })],
  });
  let config: ResolvedConfig;
  try {
    config = await loadConfig(siteDir);
  } catch (error) {
    if (error instanceof BuildAbort) return { ok: false, diagnostics: error.diagnostics, exitCode: 2 };
    throw error;
  }
  if (!config.configFile && !existsSync(path.join(config.siteDir, 'posts'))) {
    const where = siteDir === '.' ? 'the current folder' : siteDir;
    return fail(2, 'SiteNotInitialized', `${where} has no quire.config.yaml and no posts/ folder`,
      'run "quire init" to create a site, or point at one with --dir <site folder>');
  }

  const title = normalizeTitle(options.title);
  if (!title) return fail(2, 'PostTitleEmpty', 'the title is empty', 'quire new "My post title"');
  let date: string;
  if (options.date !== undefined) {
    const parsed = parseSiteDate(options.date, config.timezone);
    if ('error' in parsed) return fail(2, 'UsageInvalidDate', `--date ${parsed.error}`);
    date = parsed.iso;
  } else {
    date = formatNewPostDate(options.now ?? Date.now(), config.timezone);
  }
  const fileName = createPostFileName(title, date);
  if (!fileName) {
    return fail(2, 'PostTitleNoSlug', `the title "${title}" has no letter or digit to name the file after`,
      'add a word to the title; you can change the title in the file afterwards');
  }

  const text = renderPostFile({
    title,
    date,
    id: createRandomShortId(),
    tags: options.tags ?? [],
    draft: options.draft ?? false,
  });
  const file = path.join(config.siteDir, 'posts', fileName);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' creates the file or fails if it exists, in one step: an existing post is never touched.
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return fail(1, 'PostFileExists', 'a post with this file name already exists; it was left unchanged',
        'pick another title, or edit the existing post', `posts/${fileName}`);
    }
    throw error;
  }
  return { ok: true, file, text };
}
