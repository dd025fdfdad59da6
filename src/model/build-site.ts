import { hash } from 'node:crypto';
import { settingsText } from '../config/config-text.js';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceDoc } from '../parse/source-doc.js';
import { slugify } from '../parse/slug.js';
import { readAuthorTable, resolveAuthor } from './authors.js';
import { expandPermalink, normalizeSitePath, outputPathOf } from './permalink.js';
import { entryShapeOf } from './entry-shape.js';
import { OverlayMap } from './overlay-map.js';
import { findRelatedPosts } from './related-posts.js';
import { deriveShortId } from './short-id.js';
import type { AuthorListing, Entry, ExcludedPost, Post, Site, Tag, TagRef } from './types.js';

/** What a model was built from besides the docs, and what its related posts were picked from. */
const origins = new WeakMap<Site, { readonly settings: string; readonly relatedKey: () => string }>();

/**
 * Related posts as a persistent cache keeps them: what they were picked from (see relatedKeyOf) and
 * each post's picks, by index in the newest-first list of posts.
 */
export interface RelatedPicks {
  readonly key: string;
  readonly picks: readonly (readonly number[])[];
}

/**
 * A digest of what related posts are picked from: each post's place, date and tags. Computed only when
 * compared (with an earlier model's, or with the picks a cache kept).
 */
function relatedKeyOf(posts: readonly Post[]): () => string {
  let key: string | undefined;
  return () => (key ??= hash('sha1', posts.map((p) => `${p.sourcePath}\t${p.date.ms}\t${p.tags.map((t) => t.slug).join('\t')}`).join('\n'), 'base64url'));
}

/**
 * Builds the site model from parsed posts and pages: leaves out drafts, future and expired posts (unless
 * asked for), assigns URLs, sorts newest first, groups tags and authors and picks related posts.
 * Pure: "now" comes from the config. Given the model of an earlier build (a watch session), it keeps
 * the entries of docs that did not change, and the related posts when no date or tag changed.
 */
export function buildSite(
  docs: readonly SourceDoc[],
  data: Readonly<Record<string, unknown>>,
  config: ResolvedConfig,
  diagnostics: Diagnostic[],
  previous?: Site,
  storedRelated?: RelatedPicks,
): Site {
  const authorTable = readAuthorTable(data.authors, diagnostics);
  const settings = JSON.stringify([settingsText(config), data]);
  const before = previous && origins.get(previous)?.settings === settings ? previous : undefined;
  const patched = before && patchSite(before, docs, config, authorTable);
  if (patched) return patched;
  const known = new Map(before ? [...before.posts, ...before.pages].map((e) => [e.sourcePath, e]) : []);
  const excluded: ExcludedPost[] = [];
  const posts: Post[] = [];
  const pages: Entry[] = [];
  for (const doc of [...docs].sort((a, b) => compareText(a.path, b.path))) {
    const reason = exclusionReason(doc, config);
    if (reason) {
      excluded.push({ sourcePath: doc.path, title: doc.title, date: doc.date, reason });
      continue;
    }
    const kept = known.get(doc.path);
    const entry = kept?.doc === doc ? kept : createEntry(doc, config, authorTable);
    if (entry.kind === 'post') posts.push(entry as Post);
    else pages.push(entry);
  }
  posts.sort(compareNewestFirst);
  const tags = groupTags(posts);
  const relatedKey = relatedKeyOf(posts);
  const site: Site = {
    config,
    posts,
    pages,
    tags,
    authors: groupAuthors(posts),
    defaultAuthor: resolveAuthor(config.author, authorTable),
    excluded,
    data,
    related:
      before && origins.get(before)?.relatedKey() === relatedKey()
        ? samePosts(before.related, posts)
        : (storedPosts(storedRelated, relatedKey, posts) ?? findRelatedPosts(posts)),
    entries: new Map([...posts, ...pages].map((e) => [e.sourcePath, e])),
  };
  origins.set(site, { settings, relatedKey });
  return site;
}

/**
 * The earlier model with the entries of changed docs replaced, when every change keeps the site's
 * structure (the same entries published, each with the same shape: see entryShapeOf), as when a title
 * or description is edited. Undefined otherwise. Nothing is sorted or grouped again.
 */
function patchSite(before: Site, docs: readonly SourceDoc[], config: ResolvedConfig, authorTable: ReturnType<typeof readAuthorTable>): Site | undefined {
  const replaced = new Map<Entry, Entry>();
  const excluded: ExcludedPost[] = [];
  let published = 0;
  for (const doc of docs) {
    const reason = exclusionReason(doc, config);
    const kept = before.entries.get(doc.path);
    if (reason) {
      if (kept) return undefined;
      excluded.push({ sourcePath: doc.path, title: doc.title, date: doc.date, reason });
      continue;
    }
    if (!kept) return undefined;
    published++;
    if (kept.doc === doc) continue;
    const entry = createEntry(doc, config, authorTable);
    if (entryShapeOf(entry) !== entryShapeOf(kept)) return undefined;
    replaced.set(kept, entry);
  }
  if (published !== before.entries.size) return undefined;
  const swap = <T extends Entry>(entry: T) => (replaced.get(entry) as T | undefined) ?? entry;
  const posts = before.posts.map(swap);
  const pages = before.pages.map(swap);
  const site: Site = {
    ...before,
    posts,
    pages,
    tags: before.tags.map((tag) => ({ ...tag, posts: tag.posts.map(swap) })),
    authors: before.authors.map((listing) => ({ ...listing, posts: listing.posts.map(swap) })),
    excluded: excluded.sort((a, b) => compareText(a.sourcePath, b.sourcePath)),
    related: new OverlayMap(before.related, relatedShowing(before.related, replaced, swap)),
    entries: new OverlayMap(before.entries, new Map([...replaced.values()].map((e) => [e.sourcePath, e]))),
  };
  origins.set(site, origins.get(before)!);
  return site;
}

/** The related-post lists that show a replaced entry, with it swapped in. */
function relatedShowing(
  related: ReadonlyMap<string, readonly Post[]>,
  replaced: ReadonlyMap<Entry, Entry>,
  swap: <T extends Entry>(entry: T) => T,
): Map<string, Post[]> {
  const changed = new Map<string, Post[]>();
  if (replaced.size === 0) return changed;
  for (const [source, list] of related) if (list.some((post) => replaced.has(post))) changed.set(source, list.map(swap));
  return changed;
}

/** Related posts a cache kept for posts with the same places, dates and tags; undefined if they differ. */
function storedPosts(storedRelated: RelatedPicks | undefined, relatedKey: () => string, posts: readonly Post[]): Map<string, Post[]> | undefined {
  const picks = storedRelated?.picks;
  if (!picks || picks.length !== posts.length || storedRelated.key !== relatedKey()) return undefined;
  // A damaged index is a miss, never a wrong pick: the key matched, so only a damaged file gives one.
  if (!picks.every((list) => list.every((i) => Number.isInteger(i) && i >= 0 && i < posts.length))) return undefined;
  return new Map(posts.map((post, at) => [post.sourcePath, picks[at]!.map((i) => posts[i]!)]));
}

/** The related posts of a model as a cache keeps them, with the digest of what they were picked from. */
export function relatedPicksOf(site: Site): RelatedPicks | undefined {
  const origin = origins.get(site);
  if (!origin) return undefined;
  const index = new Map(site.posts.map((post, at) => [post.sourcePath, at]));
  const picks = site.posts.map((post) => (site.related.get(post.sourcePath) ?? []).map((p) => index.get(p.sourcePath)!));
  return { key: origin.relatedKey(), picks };
}

/** Related posts picked for an earlier model, as this model's post objects. */
function samePosts(related: ReadonlyMap<string, readonly Post[]>, posts: readonly Post[]): Map<string, Post[]> {
  const bySource = new Map(posts.map((p) => [p.sourcePath, p]));
  return new Map([...related].map(([source, list]) => [source, list.map((p) => bySource.get(p.sourcePath)!)]));
}

/** Why a post or page is left out of the site, or undefined when it is published. Pages can only be drafts. */
export function exclusionReason(doc: SourceDoc, config: ResolvedConfig): ExcludedPost['reason'] | undefined {
  if (doc.draft && !config.drafts) return 'draft';
  if (doc.kind === 'page') return undefined;
  if (doc.date && doc.date.ms > config.now && !config.future) return 'future';
  if (doc.expires && doc.expires.ms <= config.now) return 'expired';
  return undefined;
}

function createEntry(doc: SourceDoc, config: ResolvedConfig, authorTable: ReturnType<typeof readAuthorTable>): Entry {
  const id = doc.id ?? deriveShortId(doc.path);
  const url =
    doc.kind === 'post'
      ? expandPermalink(config.permalink, { slug: doc.slug, id, date: doc.date }, config.timezone)
      : pageUrl(doc);
  return {
    kind: doc.kind,
    sourcePath: doc.path,
    id,
    slug: doc.slug,
    url,
    outputPath: outputPathOf(url),
    title: doc.title,
    date: doc.date,
    updated: doc.updated,
    author: resolveAuthor(doc.author ?? (doc.kind === 'post' ? config.author : undefined), authorTable),
    tags: doc.tags.map(toTagRef),
    description: doc.description,
    image: doc.image,
    draft: doc.draft,
    layout: doc.layout,
    aliases: doc.aliases,
    extra: doc.extra,
    doc,
  };
}

/** `pages/about.md` -> `/about/`; `pages/docs/setup.md` -> `/docs/setup/`; a `slug:` replaces the name. */
function pageUrl(doc: SourceDoc): string {
  const relative = doc.path.replace(/^pages\//, '');
  const folder = path.posix.dirname(relative);
  const folderSlug = folder === '.' ? '' : folder.split('/').map(slugify).join('/');
  const name = doc.slug === 'index' ? '' : doc.slug;
  return normalizeSitePath(`${folderSlug}/${name}`);
}

/** Tag references by name: every post with a tag shares one (a large site has few tags and many posts). */
const tagRefs = new Map<string, TagRef>();

export function toTagRef(name: string): TagRef {
  let ref = tagRefs.get(name);
  if (!ref) {
    // Bounded: a long watch session may see many names come and go.
    if (tagRefs.size >= 10_000) tagRefs.clear();
    const slug = slugify(name) || 'tag';
    // Shared by every post and build that names the tag: frozen, so that no plugin changes it for all.
    ref = Object.freeze({ name, slug, url: `/tags/${slug}/` });
    tagRefs.set(name, ref);
  }
  return ref;
}

function groupTags(posts: readonly Post[]): Tag[] {
  const bySlug = new Map<string, { names: string[]; posts: Post[] }>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const group = bySlug.get(tag.slug) ?? { names: [], posts: [] };
      group.names.push(tag.name);
      group.posts.push(post);
      bySlug.set(tag.slug, group);
    }
  }
  return [...bySlug.entries()]
    .map(([slug, group]) => ({ name: [...group.names].sort(compareText)[0]!, slug, url: `/tags/${slug}/`, posts: group.posts }))
    .sort((a, b) => compareText(a.slug, b.slug));
}

function groupAuthors(posts: readonly Post[]): AuthorListing[] {
  const byId = new Map<string, AuthorListing & { posts: Post[] }>();
  for (const post of posts) {
    if (!post.author) continue;
    const listing = byId.get(post.author.id) ?? { author: post.author, posts: [] };
    listing.posts.push(post);
    byId.set(post.author.id, listing);
  }
  return [...byId.values()].sort((a, b) => compareText(a.author.id, b.author.id));
}

/** Newest first; same instant: source path, so order never depends on the file system. */
export function compareNewestFirst(a: Post, b: Post): number {
  return b.date.ms - a.date.ms || compareText(a.sourcePath, b.sourcePath);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
