import type { listChoices } from './option-values.js';
import { listPosts } from '../list/list-posts.js';
import type { PostFilter } from '../list/select-posts.js';
import { parseNowFlag } from './parse-flags.js';
import { formatPostJson, formatPostTable } from './format-post-list.js';
import { printDiagnostics, type Terminal } from './report.js';

export interface ListFlags {
  /** Site folder; default the current folder. */
  readonly dir?: string;
  readonly now?: string;
  readonly json?: boolean;
}


/**
 * `quire list [drafts|future|expired|all]`: prints the matching posts with state, date in the site
 * time zone and source path (or JSON with `--json`). 0 listed, 1 content errors (printed like
 * `build` prints them; no list), 2 usage or config errors.
 */
export async function runList(which: (typeof listChoices)[number] | undefined, flags: ListFlags, terminal: Terminal): Promise<number> {
  const now = parseNowFlag(flags.now, terminal);
  if (now === null) return 2;
  const siteDir = flags.dir ?? '.';
  const filter: PostFilter = which ?? 'left-out';
  const result = await listPosts(siteDir, filter, now !== undefined ? { now } : {});
  printDiagnostics(result.diagnostics, result.config?.siteDir ?? siteDir, terminal);
  if (result.exitCode !== 0 || !result.config) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    terminal.err(`List failed: ${errors} error${errors === 1 ? '' : 's'}.`);
    return result.exitCode || 1;
  }
  const timezone = result.config.timezone;
  terminal.out(flags.json ? formatPostJson(result.posts, timezone) : formatPostTable(result.posts, filter, timezone).join('\n'));
  return 0;
}
