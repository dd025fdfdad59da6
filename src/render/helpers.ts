import type Handlebars from 'handlebars';
import type { Heading } from '../parse/markdown.js';
import { renderToc } from './toc.js';
import type { ResolvedConfig } from '../config/types.js';
import { handlebarsLibrary } from '../libraries.js';
import { formatSiteDate, parseSiteDate, type SiteDate } from '../parse/dates.js';
import { slugify } from '../parse/slug.js';
import { createLinker } from './views.js';

type HelperOptions = Handlebars.HelperOptions;

/** Last argument of every helper call is Handlebars' options object; this tells them apart. */
function isOptions(value: unknown): value is HelperOptions {
  return typeof value === 'object' && value !== null && 'hash' in value && 'data' in value;
}

function args(list: unknown[]): { values: unknown[]; options: HelperOptions | undefined } {
  const last = list[list.length - 1];
  return isOptions(last) ? { values: list.slice(0, -1), options: last } : { values: list, options: undefined };
}

/**
 * A helper whose name is also a common field (`url`, `excerpt`): called without arguments it returns
 * the field of the current context, so `{{url}}` inside `{{#each posts}}` means the post's URL.
 */
function orField(field: string, helper: (values: unknown[]) => unknown): Handlebars.HelperDelegate {
  return function (this: unknown, ...list: unknown[]) {
    const { values } = args(list);
    if (values.length === 0) {
      const context = this as Record<string, unknown> | null | undefined;
      return context && Object.prototype.hasOwnProperty.call(context, field) ? context[field] : undefined;
    }
    return helper(values);
  };
}

/**
 * The helpers every template can use. They close over the build's config (time zone, base path), so
 * each build registers its own set on its own Handlebars environment.
 */
export function createHelpers(config: ResolvedConfig): Record<string, Handlebars.HelperDelegate> {
  // Listings show the same dates on many pages: each is parsed and formatted once per theme (a watch
  // session keeps the theme from one rebuild to the next).
  const dates = new Map<string, SiteDate | undefined>();
  // Format -> date text as written -> formatted text.
  const formatted = new Map<string, Map<string, string>>();
  const toDate = (value: unknown): SiteDate | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') return readDate(value);
    if (!dates.has(value)) dates.set(value, readDate(value));
    return dates.get(value);
  };
  const readDate = (value: unknown): SiteDate | undefined => {
    const parsed = parseSiteDate(value, config.timezone);
    return 'error' in parsed ? undefined : parsed;
  };
  const link = createLinker(config);
  const sitePathUrl = (value: unknown): string => {
    const text = String(value ?? '');
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(text)) return text;
    if (text.startsWith(config.basePath) && config.basePath !== '/') return text;
    return link.href(text);
  };
  return {
    /** `{{formatDate post.date}}` -> September 17, 2025; `{{formatDate post.date "yyyy"}}` (Luxon tokens). */
    formatDate(value: unknown, ...rest: unknown[]) {
      const format = typeof rest[0] === 'string' ? rest[0] : undefined;
      const byText = typeof value === 'string' ? formatted.get(format ?? '') : undefined;
      const known = byText?.get(value as string);
      if (known !== undefined) return known;
      const date = toDate(isOptions(value) ? undefined : value);
      const text = date ? formatSiteDate(date, config.timezone, format, config.language) : '';
      if (typeof value === 'string') {
        if (byText) byText.set(value, text);
        else formatted.set(format ?? '', new Map([[value, text]]));
      }
      return text;
    },
    /** `{{isoDate post.date}}` -> `2025-09-17` for calendar dates, full ISO 8601 otherwise. */
    isoDate(value: unknown) {
      return toDate(value)?.iso ?? '';
    },
    /** `{{truncate text 60}}`: shortens at a word boundary and adds an ellipsis. */
    truncate(...list: unknown[]) {
      const { values } = args(list);
      return truncateText(String(values[0] ?? ''), typeof values[1] === 'number' ? values[1] : 160);
    },
    /**
     * `{{excerpt html 160}}`: the plain text of HTML, shortened at a word boundary. Without arguments,
     * `{{{excerpt}}}` is the current post's `excerpt` field.
     */
    excerpt: orField('excerpt', (values) =>
      truncateText(htmlToText(String(values[0] ?? '')), typeof values[1] === 'number' ? values[1] : 160),
    ),
    /**
     * `{{url "/about/"}}` -> the path with the site's base path (already-built URLs pass through).
     * Without arguments, `{{url}}` is the current item's `url` field.
     */
    url: orField('url', (values) => sitePathUrl(values[0])),
    /** `{{absUrl post.url}}` -> absolute URL against `baseUrl`. */
    absUrl(value: unknown) {
      const text = sitePathUrl(value);
      return /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : new URL(text, config.baseUrl).href;
    },
    eq: (a: unknown, b: unknown) => a === b,
    ne: (a: unknown, b: unknown) => a !== b,
    lt: (a: unknown, b: unknown) => (a as number) < (b as number),
    gt: (a: unknown, b: unknown) => (a as number) > (b as number),
    and: (...list: unknown[]) => args(list).values.every(Boolean),
    or: (...list: unknown[]) => args(list).values.some(Boolean),
    not: (value: unknown) => !value,
    /** `{{json value}}`: JSON safe to embed in a `<script>` element. */
    json(value: unknown) {
      return JSON.stringify(value ?? null)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
    },
    /** `{{slugify "Some Text"}}` -> some-text. */
    slugify: (value: unknown) => slugify(String(value ?? '')),
    /** `{{plural count "post" "posts"}}`. */
    plural: (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many),
    /**
     * `{{toc}}`: the table of contents of the post or page being rendered (its h2 and h3 headings);
     * `{{toc headings}}` for another list of headings.
     */
    toc(...list: unknown[]) {
      const { values, options } = args(list);
      const root = options?.data?.root as { post?: { headings?: Heading[] }; page?: { headings?: Heading[] } } | undefined;
      const headings = (values[0] as Heading[] | undefined) ?? root?.post?.headings ?? root?.page?.headings ?? [];
      return new (handlebarsLibrary().SafeString)(renderToc(headings));
    },
    /** `{{join list ", "}}`. */
    join: (list: unknown, separator: unknown) =>
      Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  };
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  // A cut that ends right before a space already ends on a word boundary.
  const space = clean[max] === ' ' ? max : cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Plain text of an HTML fragment: tags removed, the common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, entity: string) =>
      entity === 'amp' ? '&' : entity === 'lt' ? '<' : entity === 'gt' ? '>' : entity === 'quot' ? '"' : entity === 'nbsp' ? ' ' : "'",
    )
    .replace(/\s+/g, ' ')
    .trim();
}
