import type { Entry, Post, Site } from '../model/types.js';
import { runPluginHook, type PluginContext } from './run-plugin-hook.js';

/**
 * Runs every plugin's `model` hook on the site, in order, each on what the one before returned. The
 * site each hook returns is re-linked (see relinkSite), so a hook may replace posts without keeping
 * the tag, author and related-post lists in step by hand.
 */
export function applyModelHooks(context: PluginContext, site: Site): Site {
  let current = site;
  for (const plugin of context.plugins) {
    if (!plugin.model) continue;
    const next = runPluginHook(context, plugin, 'model', () => plugin.model!(current));
    if (next) current = relinkSite(next);
  }
  return current;
}

/**
 * The site with `entries`, tags, authors and related posts pointing at the posts and pages of its
 * `posts` and `pages` lists (matched by source path). Posts no longer listed drop out of them.
 */
export function relinkSite(site: Site): Site {
  const entries = new Map<string, Entry>([...site.posts, ...site.pages].map((e) => [e.sourcePath, e]));
  const relink = (posts: readonly Post[]) => posts.flatMap((post) => {
    const current = entries.get(post.sourcePath);
    return current?.kind === 'post' ? [current as Post] : [];
  });
  return {
    ...site,
    entries,
    tags: site.tags.map((tag) => ({ ...tag, posts: relink(tag.posts) })).filter((tag) => tag.posts.length > 0),
    authors: site.authors.map((listing) => ({ ...listing, posts: relink(listing.posts) })).filter((listing) => listing.posts.length > 0),
    related: new Map([...site.related].filter(([source]) => entries.has(source)).map(([source, posts]) => [source, relink(posts)])),
  };
}
