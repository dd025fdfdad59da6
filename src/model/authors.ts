import { createHash } from 'node:crypto';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { slugify } from '../parse/slug.js';
import type { Author } from './types.js';

/**
 * Reads `data/authors.yaml` (a mapping of author id to `{ name, bio, url, avatar }`) into authors.
 * Entries without a name use their id as the name.
 */
export function readAuthorTable(raw: unknown, diagnostics: Diagnostic[]): Map<string, Author> {
  const authors = new Map<string, Author>();
  if (raw === undefined) return authors;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    diagnostics.push(
      createDiagnostic('error', 'AuthorsInvalid', 'authors data must map author ids to { name, bio, url, avatar }', {
        file: 'data/authors.yaml',
      }),
    );
    return authors;
  }
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const entry = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : { name: value };
    const text = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : undefined);
    const slug = authorSlug(id);
    authors.set(id, {
      id: slug,
      name: text('name') ?? id,
      bio: text('bio'),
      website: text('url') ?? text('website'),
      avatar: text('avatar'),
      url: `/authors/${slug}/`,
    });
  }
  return authors;
}

/** The author of a post: an entry of the author table by key, else a plain name. */
export function resolveAuthor(name: string | undefined, table: ReadonlyMap<string, Author>): Author | undefined {
  if (!name) return undefined;
  const known = table.get(name);
  if (known) return known;
  const byName = [...table.values()].find((a) => a.name === name);
  if (byName) return byName;
  const id = authorSlug(name);
  return { id, name, bio: undefined, website: undefined, avatar: undefined, url: `/authors/${id}/` };
}

/**
 * The author's folder under `/authors/`: the slug of the id or name, or, when that has no letter or
 * digit (`"..."`), a name made from its hash: never the raw text, which could climb out of the folder.
 */
function authorSlug(text: string): string {
  return slugify(text) || `author-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}
