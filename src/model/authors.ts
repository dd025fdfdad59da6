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
    authors.set(id, {
      id: slugify(id) || id,
      name: text('name') ?? id,
      bio: text('bio'),
      website: text('url') ?? text('website'),
      avatar: text('avatar'),
      url: `/authors/${slugify(id) || id}/`,
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
  const id = slugify(name);
  return { id, name, bio: undefined, website: undefined, avatar: undefined, url: `/authors/${id}/` };
}
