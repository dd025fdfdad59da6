import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceDoc } from '../parse/source-doc.js';
import { slugify } from '../parse/slug.js';
import { readAuthorTable, resolveAuthor } from './authors.js';
import { expandPermalink, normalizeSitePath, outputPathOf } from './permalink.js';
import { findRelatedPosts } from './related-posts.js';
import { deriveShortId } from './short-id.js';
import type { AuthorListing, Entry, ExcludedPost, Post, Site, Tag, TagRef } from './types.js';

/**
 * Builds the site model from parsed posts and pages: leaves out drafts, future and expired posts (unless
 * asked for), assigns URLs, sorts newest first, groups tags and authors and picks related posts.
 * Pure: "now" comes from the config.
 */
export function buildSite(
  docs: readonly SourceDoc[],
  data: Readonly<Record<string, unknown>>,
  config: ResolvedConfig,
  diagnostics: Diagnostic[],
): Site {
  const authorTable = readAuthorTable(data.authors, diagnostics);
  const excluded: ExcludedPost[] = [];
  const posts: Post[] = [];
  const pages: Entry[] = [];
  for (const doc of [...docs].sort((a, b) => compareText(a.path, b.path))) {
    const reason = exclusionReason(doc, config);
    if (reason) {
      excluded.push({ sourcePath: doc.path, title: doc.title, date: doc.date, reason });
      continue;
    }
    const entry = createEntry(doc, config, authorTable);
    if (entry.kind === 'post') posts.push(entry as Post);
    else pages.push(entry);
  }
  posts.sort(compareNewestFirst);
  const tags = groupTags(posts);
  return {
    config,
    posts,
    pages,
    tags,
    authors: groupAuthors(posts),
    defaultAuthor: resolveAuthor(config.author, authorTable),
    excluded,
    data,
    related: findRelatedPosts(posts),
    urlBySource: new Map([...posts, ...pages].map((e) => [e.sourcePath, e.url])),
  };
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

export function toTagRef(name: string): TagRef {
  const slug = slugify(name) || 'tag';
  return { name, slug, url: `/tags/${slug}/` };
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
