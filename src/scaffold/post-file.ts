import { Document, isSeq } from 'yaml';
import { fromMillis } from '../parse/dates.js';
import { slugify } from '../parse/slug.js';

/** What `quire new` and `quire init` write at the top of a new post. */
export interface NewPostFields {
  readonly title: string;
  /** As written in the front matter: `2026-11-27` or `2026-11-27T14:05:00+01:00` (site time zone). */
  readonly date: string;
  /** Permanent short id (`ehIUrwry5p`). */
  readonly id: string;
  readonly tags: readonly string[];
  readonly draft: boolean;
  /** Markdown after the closing `---` line; default one empty line. */
  readonly body?: string;
}

/** Longest slug put in a new post's file name, in characters; longer ones are cut at a hyphen. */
export const maxFileSlugLength = 60;

/** A title as typed on the command line, with runs of white space (new lines included) made one space. */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/gu, ' ').trim();
}

/**
 * The file name of a new post: `YYYY-MM-DD-<slug>.md`, the day taken from the front-matter date as
 * written (so in the site time zone) and the slug made from the title by `slugify`, cut to
 * `maxFileSlugLength` characters at a word boundary. Undefined when the title has no letter or digit.
 */
export function createPostFileName(title: string, date: string): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  const slug = shortenSlug(slugify(title), maxFileSlugLength);
  if (!day || !slug) return undefined;
  return `${day}-${slug}.md`;
}

/**
 * The text of a new post: YAML front matter (title, date, id, tags as a flow list, and `draft: true`
 * when asked) written by the `yaml` library, so any title is quoted as YAML needs, then the body.
 */
export function renderPostFile(fields: NewPostFields): string {
  const doc = new Document({
    title: fields.title,
    date: fields.date,
    id: fields.id,
    tags: [...fields.tags],
    ...(fields.draft ? { draft: true } : {}),
  });
  const tags = doc.get('tags', true);
  if (isSeq(tags)) tags.flow = true;
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n${fields.body ?? '\n'}`;
}

/**
 * The front-matter date of a post written at `nowMs`: ISO in `timezone`, `2026-11-27T14:05:00+01:00`.
 * Whole seconds, rounded down, so a build in the same second never finds the post in the future.
 */
export function formatNewPostDate(nowMs: number, timezone: string): string {
  return fromMillis(Math.floor(nowMs / 1000) * 1000, timezone).iso;
}

/** `--tags a,b --tags c` -> `['a', 'b', 'c']`: split at commas, trimmed, empty and repeated ones dropped. */
export function parseTagList(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !seen.has(tag) && Boolean(seen.add(tag)));
}

function shortenSlug(slug: string, maxLength: number): string {
  const chars = [...slug];
  if (chars.length <= maxLength) return slug;
  // Keep one character more: when it is a hyphen, the cut falls exactly between two words.
  const head = chars.slice(0, maxLength + 1).join('');
  const lastHyphen = head.lastIndexOf('-');
  const cut = lastHyphen > 0 ? head.slice(0, lastHyphen) : chars.slice(0, maxLength).join('');
  return cut.replace(/-+$/, '');
}
