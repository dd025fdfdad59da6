import type { Entry } from '../model/types.js';
import { truncateText } from './helpers.js';
import type { Linker } from './views.js';

/** Longest `<title>` text before the page title is shortened (search results cut around 60). */
const titleLimit = 60;

export interface MetaInput {
  /** Layout kind: post, page, home, archive, tags, tag, author, 404. */
  readonly kind: string;
  readonly sitePath: string;
  readonly title?: string;
  readonly description?: string;
  readonly entry?: Entry;
}

/**
 * What a page's `<head>` needs: the `<title>` (page title, shortened at a word boundary past 60
 * characters, then the site title), description, canonical URL, Open Graph and Twitter card values,
 * and JSON-LD for posts (`BlogPosting`).
 */
export function buildPageMeta(
  site: { title: string; description: string; language: string },
  link: Linker,
  input: MetaInput,
) {
  const fullTitle = input.title ?? site.title;
  const description = input.description ?? site.description;
  const canonical = link.absolute(input.sitePath);
  const entry = input.entry;
  const image = entry?.image ? absoluteImage(entry.image, link) : undefined;
  const isPost = entry?.kind === 'post';
  return {
    kind: input.kind,
    title: input.title ? `${truncateText(input.title, titleLimit)} — ${site.title}` : site.title,
    pageTitle: fullTitle,
    ogTitle: fullTitle,
    ogType: isPost ? 'article' : 'website',
    twitterCard: image ? 'summary_large_image' : 'summary',
    description,
    url: link.href(input.sitePath),
    canonical,
    image,
    published: entry?.date?.iso,
    modified: (entry?.updated ?? entry?.date)?.iso,
    author: entry?.author?.name,
    tags: entry?.tags.map((t) => t.name) ?? [],
    jsonLd: isPost && entry ? blogPosting(entry, fullTitle, description, canonical, image, site, link) : undefined,
  };
}

function blogPosting(
  entry: Entry,
  title: string,
  description: string,
  canonical: string,
  image: string | undefined,
  site: { title: string; language: string },
  link: Linker,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: title,
    description,
    url: canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    datePublished: entry.date?.iso,
    dateModified: (entry.updated ?? entry.date)?.iso,
    inLanguage: site.language,
    ...(image ? { image } : {}),
    ...(entry.author
      ? { author: { '@type': 'Person', name: entry.author.name, url: entry.author.website ?? link.absolute(entry.author.url) } }
      : {}),
    ...(entry.tags.length ? { keywords: entry.tags.map((t) => t.name).join(', ') } : {}),
    publisher: { '@type': 'Organization', name: site.title, url: link.absolute('/') },
  };
}

function absoluteImage(image: string, link: Linker): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(image)) return image;
  return link.absolute(image.startsWith('/') ? image : `/${image}`);
}
