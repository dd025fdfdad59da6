import type { AuthorListing, Site, Tag } from './types.js';

const indexes = new WeakMap<Site, { readonly tags: ReadonlyMap<string, Tag>; readonly authors: ReadonlyMap<string, AuthorListing> }>();

/**
 * A model's tags by slug and author listings by author id, indexed once per model: planned listings and
 * feeds look theirs up in the model of the build that produces them.
 */
export function siteIndex(site: Site) {
  let index = indexes.get(site);
  if (!index) {
    index = { tags: new Map(site.tags.map((t) => [t.slug, t])), authors: new Map(site.authors.map((a) => [a.author.id, a])) };
    indexes.set(site, index);
  }
  return index;
}
