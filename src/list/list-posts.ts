import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { BuildAbort, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildSite } from '../model/build-site.js';
import { readSourceDocs } from '../parse/read-source-docs.js';
import { discoverSources } from '../source/discover-sources.js';
import { selectPosts, type ListedPost, type PostFilter } from './select-posts.js';

export interface ListPostsOptions {
  /** The instant that decides which posts are future or expired (epoch milliseconds); default the clock. */
  readonly now?: number;
}

export interface PostList {
  /** Undefined when the config could not be loaded. */
  readonly config: ResolvedConfig | undefined;
  /** Matching posts, oldest first; empty when there are errors. */
  readonly posts: readonly ListedPost[];
  readonly diagnostics: readonly Diagnostic[];
  /** 0 listed, 1 content errors (a post could not be read), 2 usage or config errors. */
  readonly exitCode: 0 | 1 | 2;
}

/**
 * Reads a site's posts the way `build` does (same config, front-matter checks and draft / future /
 * expired rules at `now`) and returns those matching `filter`, without rendering or writing anything.
 */
export async function listPosts(siteDir: string, filter: PostFilter, options: ListPostsOptions = {}): Promise<PostList> {
  let config: ResolvedConfig;
  try {
    config = await loadConfig(siteDir, options.now !== undefined ? { now: options.now } : {});
  } catch (error) {
    if (error instanceof BuildAbort) {
      return { config: undefined, posts: [], diagnostics: error.diagnostics, exitCode: error.exitCode };
    }
    throw error;
  }
  const diagnostics: Diagnostic[] = [];
  const sources = discoverSources(config, diagnostics);
  // Posts only: pages are never left out by date, and their problems are for `build` to report.
  const { docs } = readSourceDocs({ posts: sources.posts, pages: [] }, config.timezone, diagnostics);
  // Data files (authors) only change how published posts are shown, not whether they are published.
  const site = buildSite(docs, {}, config, diagnostics);
  const failed = hasErrors(diagnostics);
  return {
    config,
    posts: failed ? [] : selectPosts(site, filter),
    diagnostics: sortDiagnostics(diagnostics),
    exitCode: failed ? 1 : 0,
  };
}
