import { DateTime } from 'luxon';
import type { SiteDate } from '../parse/dates.js';

/**
 * Expands a permalink pattern such as `/:year/:month/:slug/` for one post. Date tokens are read in the
 * site time zone (a calendar date is its own day everywhere).
 */
export function expandPermalink(
  pattern: string,
  values: { slug: string; id: string; date: SiteDate | undefined },
  zone: string,
): string {
  // Most patterns hold no date token: the date is read in the site's time zone only when one does.
  let date: DateTime | undefined;
  const dateToken = (format: string) => {
    if (!values.date) return '';
    date ??= values.date.dateOnly ? DateTime.fromISO(values.date.iso, { zone: 'UTC' }) : DateTime.fromMillis(values.date.ms, { zone });
    return date.toFormat(format);
  };
  const tokens: Record<string, () => string> = {
    year: () => dateToken('yyyy'),
    month: () => dateToken('MM'),
    day: () => dateToken('dd'),
    slug: () => values.slug,
    id: () => values.id,
  };
  const expanded = pattern.replace(/:(year|month|day|slug|id)\b/g, (_, token: string) => tokens[token]?.() ?? '');
  return normalizeSitePath(expanded);
}

/** Collapses repeated slashes and makes sure a pretty URL ends with `/`. */
export function normalizeSitePath(sitePath: string): string {
  let out = `/${sitePath}`.replace(/\/{2,}/g, '/');
  if (!/\.[a-z0-9]+$/i.test(out) && !out.endsWith('/')) out += '/';
  return out;
}

/** The file a site path is written to: `/posts/a/` -> `posts/a/index.html`, `/404.html` -> `404.html`. */
export function outputPathOf(sitePath: string): string {
  const trimmed = sitePath.replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? `${trimmed}index.html` : trimmed;
}

/** Percent-encodes a site path for use in an href (`/posts/café/` -> `/posts/caf%C3%A9/`). */
export function encodeSitePath(sitePath: string): string {
  return sitePath
    .split('/')
    .map((segment) => encodeURIComponent(safeDecode(segment)))
    .join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
