import path from 'node:path';
import { createDiagnostic, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../source/types.js';
import { CompactPositions } from './compact-positions.js';
import { dateFromFileName, parseSiteDate, type DateReader, type SiteDate } from './dates.js';
import { checkNesting, mayNestDeeply } from './check-nesting.js';
import { parseFrontMatter } from './front-matter.js';
import { isReservedName, sitePathProblem } from './safe-path.js';
import { isUnsafeUrl } from './unsafe-url.js';
import { slugFromFileName, slugify } from './slug.js';
import type { SourceDoc } from './source-doc.js';

/** Front-matter keys with a meaning to quire; everything else passes through to templates. */
export const knownFrontMatterKeys = [
  'title',
  'date',
  'updated',
  'expires',
  'author',
  'tags',
  'description',
  'slug',
  'draft',
  'image',
  'id',
  'layout',
  'aliases',
] as const;

/**
 * Reads a post or page: front matter, checked fields and body. Problems are reported at the key's line;
 * returns undefined when the file cannot be used at all (unreadable front matter, missing title...).
 * Dates are read in `timezone`, by `readDate` when given (one reader shared by the docs of a build).
 */
export function readSourceDoc(
  file: SourceFile,
  kind: SourceDoc['kind'],
  timezone: string,
  diagnostics: Diagnostic[],
  readDate: DateReader = (value) => parseSiteDate(value, timezone),
): SourceDoc | undefined {
  const front = parseFrontMatter(file.text, file.path, diagnostics);
  if (!front) return undefined;
  const { data, positions } = front;
  const errorsBefore = diagnostics.length;
  const at = (key: string, part: 'key' | 'value' = 'value'): SourcePosition =>
    positions.get(key)?.[part] ?? front.start;
  const fail = (code: string, message: string, key: string, hint?: string) =>
    diagnostics.push(createDiagnostic('error', code, message, { file: file.path, at: at(key), ...(hint ? { hint } : {}) }));

  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    fail('FrontMatterInvalidType', `"${key}" must be text`, key);
    return undefined;
  };
  const date = (key: string): SiteDate | undefined => {
    const value = data[key];
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = readDate(value);
    if ('error' in parsed) {
      fail('FrontMatterInvalidDate', `"${key}": ${parsed.error}`, key, 'dates look like 2025-09-17, 2025-09-17 08:30 or 2025-09-17T08:30:00+02:00');
      return undefined;
    }
    return parsed;
  };

  const fileName = path.posix.basename(file.path);
  const title = text('title')?.trim();
  if (!title && data.title === undefined) {
    diagnostics.push(
      createDiagnostic('error', 'FrontMatterMissingTitle', `${kind} has no title`, {
        file: file.path,
        at: front.start,
        hint: 'add a line "title: My title" to the front matter between the --- lines at the top',
      }),
    );
  } else if (!title) {
    fail('FrontMatterMissingTitle', 'title is empty', 'title');
  }
  // `date:` left empty counts as no date: the file name's, else a missing date (a post needs one).
  const dateGiven = data.date !== undefined && data.date !== null && data.date !== '';
  const postDate = dateGiven ? date('date') : dateFromFileName(fileName, timezone, readDate);
  if (kind === 'post' && !postDate && !dateGiven) {
    diagnostics.push(
      createDiagnostic('error', 'FrontMatterMissingDate', 'post has no date', {
        file: file.path,
        at: front.start,
        hint: 'add "date: 2025-09-17" to the front matter, or start the file name with the date (2025-09-17-title.md)',
      }),
    );
  }
  const slugText = text('slug');
  const slug = slugText !== undefined ? slugify(slugText) : slugFromFileName(fileName);
  if (!slug) fail('FrontMatterInvalidSlug', 'slug is empty once made URL-safe', slugText !== undefined ? 'slug' : 'title');
  const draft = data.draft ?? false;
  if (typeof draft !== 'boolean') fail('FrontMatterInvalidType', '"draft" must be true or false', 'draft');
  const extra = Object.fromEntries(
    Object.entries(data).filter(([key]) => !(knownFrontMatterKeys as readonly string[]).includes(key)),
  );

  const doc: SourceDoc = {
    kind,
    path: file.path,
    title: title ?? '',
    date: postDate,
    updated: date('updated'),
    expires: date('expires'),
    author: text('author')?.trim() || undefined,
    tags: readTags(data.tags, (message) => fail('FrontMatterInvalidType', message, 'tags')),
    description: text('description')?.trim() || undefined,
    slug,
    slugFromFrontMatter: slugText !== undefined,
    draft: draft === true,
    image: readImage(text('image'), (message) => fail('FrontMatterUnsafeUrl', message, 'image', 'an image is a path such as /images/cover.png or an https:// URL')),
    id: readShortId(text('id'), (message) => fail('FrontMatterInvalidId', message, 'id')),
    layout: text('layout')?.trim() || undefined,
    aliases: readAliases(data.aliases, (code, message, key, hint) => fail(code, message, key, hint)),
    extra,
    body: front.body,
    frontMatterText: front.raw,
    positions: CompactPositions.of(positions),
    start: front.start,
  };
  if (diagnostics.slice(errorsBefore).some((d) => d.severity === 'error')) return undefined;
  // Asked of the text as read, not of the body made for Markdown: that copy is made once, when rendered.
  if (mayNestDeeply(front.content)) checkNesting(front.body, file.path, diagnostics);
  return doc;
}

function readTags(value: unknown, fail: (message: string) => void): string[] {
  const tags = typeof value === 'string' ? value.split(',') : readStringList(value, fail, 'tags');
  const seen = new Set<string>();
  return tags.map((t) => t.trim()).filter((t) => t !== '' && !seen.has(t) && seen.add(t));
}

function readStringList(value: unknown, fail: (message: string) => void, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.map(String);
  }
  fail(`"${key}" must be a list of text values`);
  return [];
}

function readImage(value: string | undefined, fail: (message: string) => void): string | undefined {
  const image = value?.trim();
  if (!image) return undefined;
  if (isUnsafeUrl(image)) {
    fail('"image" must be the address of an image, not a URL that runs code or opens a document');
    return undefined;
  }
  return image;
}

function readShortId(value: string | undefined, fail: (message: string) => void): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z0-9]{4,32}$/.test(value)) {
    fail('"id" must be 4 to 32 letters and digits');
    return undefined;
  }
  // The id names a folder (`/p/<id>/`): `COM1` would be a device on Windows.
  if (isReservedName(value)) {
    fail(`"id" ${value} is a name Windows reserves for a device; choose another`);
    return undefined;
  }
  return value;
}

/**
 * `aliases:` entries are old paths of this site that get a redirect page, so each must be a path that
 * stays inside the output folder: no full URL, no `.`/`..` segment, no control character, backslash or
 * Windows device name. Each problem is reported at the entry's own line.
 */
function readAliases(value: unknown, fail: (code: string, message: string, key: string, hint?: string) => void): string[] {
  const aliases = readStringList(value, (message) => fail('FrontMatterInvalidType', message, 'aliases'), 'aliases');
  return aliases.filter((alias, index) => {
    const problem = aliasProblem(alias);
    if (problem) fail('AliasInvalid', `alias "${printable(alias)}" ${problem}`, Array.isArray(value) ? `aliases.${index}` : 'aliases', 'an alias is a path inside the site, such as /2019/old-name/');
    return !problem;
  });
}

function aliasProblem(alias: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(alias)) return 'is a full URL, not a path of this site';
  if (!alias.split('/').some((segment) => segment !== '')) return 'is the home page';
  return sitePathProblem(alias);
}

/** Text for a message, with control characters shown as escapes rather than sent to the terminal. */
function printable(text: string): string {
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
