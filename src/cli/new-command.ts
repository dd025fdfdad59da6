import path from 'node:path';
import { parseTagList } from '../scaffold/post-file.js';
import { createPost } from '../scaffold/create-post.js';
import { printDiagnostics, type Terminal } from './report.js';

export interface NewFlags {
  /** Site folder; default the current folder. */
  readonly dir?: string;
  /** Each `--tags` value, comma-separated tags. */
  readonly tags?: readonly string[];
  readonly draft?: boolean;
  /** The post's date instead of now, read in the site time zone. */
  readonly date?: string;
}

/**
 * `quire new <title...>`: writes `posts/YYYY-MM-DD-<slug>.md` and prints its path relative to the
 * current folder, alone on stdout so scripts can open it. 0 written, 1 the file exists (left as it
 * was), 2 usage or config errors.
 */
export async function runNew(titleWords: readonly string[], flags: NewFlags, terminal: Terminal): Promise<number> {
  const siteDir = flags.dir ?? '.';
  const result = await createPost(siteDir, {
    title: titleWords.join(' '),
    tags: parseTagList(flags.tags),
    draft: Boolean(flags.draft),
    ...(flags.date !== undefined ? { date: flags.date } : {}),
  });
  if (!result.ok) {
    printDiagnostics(result.diagnostics, siteDir, terminal);
    return result.exitCode;
  }
  terminal.out(path.relative(process.cwd(), result.file));
  return 0;
}
