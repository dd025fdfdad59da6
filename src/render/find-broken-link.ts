import path from 'node:path';
import { suggestClosest } from '../diagnostics/suggest.js';
import { isExternalHref, isMarkdownPath, resolveRelative, safeDecode, splitHash } from '../parse/link-href.js';

/** What a site build produces, as the link check sees it. URL paths are decoded, NFC, without base path. */
export interface LinkTargets {
  /** Every URL path the build writes: `/posts/x/` and `/posts/x/index.html`, `/images/a.png`. */
  readonly urls: ReadonlySet<string>;
  /** The anchors of a page, when they are known (posts and pages); undefined for other pages. */
  readonly anchorsOf: (pagePath: string) => ReadonlySet<string> | undefined;
  /** The URL path of each published post or page, by source path. */
  readonly urlOfSource: ReadonlyMap<string, string>;
  /** The site's base path (`/blog/`): written in a Markdown link, it would be added twice. */
  readonly basePath: string;
  /** The nearest of some candidates to a word (see createSuggester); `among` names the candidates. */
  readonly suggest: (word: string, among: string, candidates: () => Iterable<string>) => string | undefined;
}

/**
 * Did-you-mean for a whole build: each answer is computed once, and only for the first `limit` broken
 * targets. Each compares the word with every URL of the site: a post with thousands of distinct broken
 * links must not cost minutes.
 */
export function createSuggester(limit = 200): LinkTargets['suggest'] {
  const answers = new Map<string, string | undefined>();
  return (word, among, candidates) => {
    const key = `${among}\n${word}`;
    if (answers.has(key)) return answers.get(key);
    if (answers.size >= limit) return undefined;
    const answer = suggestClosest(word, candidates());
    answers.set(key, answer);
    return answer;
  };
}

/** Where a link was written: its file and the URL path of the page it ends up on (for relative links). */
export interface LinkOrigin {
  readonly file: string;
  readonly pagePath: string | undefined;
}

export interface BrokenLink {
  readonly code: 'BrokenLink' | 'BrokenImage' | 'BrokenAnchor';
  readonly message: string;
  readonly hint: string;
}

/**
 * Checks one href written in Markdown (root-relative hrefs are site paths: the base path is added when
 * rendering) against the site. Undefined when it leads somewhere: an external URL always does, as does
 * an anchor on a page whose anchors are not known (listings).
 */
export function findBrokenLink(href: string, kind: 'link' | 'image', from: LinkOrigin, targets: LinkTargets): BrokenLink | undefined {
  if (isExternalHref(href)) return undefined;
  const [withQuery, hash] = splitHash(href);
  const pathPart = withQuery.replace(/\?.*$/, '');
  const notFound: BrokenLink['code'] = kind === 'image' ? 'BrokenImage' : 'BrokenLink';
  let target: string | undefined;
  if (pathPart === '') {
    target = from.pagePath;
  } else if (isMarkdownPath(pathPart)) {
    const source = resolveRelative(from.file, safeDecode(pathPart));
    target = targets.urlOfSource.get(source);
    if (target === undefined) {
      const closest = targets.suggest(source, 'sources', () => targets.urlOfSource.keys());
      const shown = closest && path.posix.relative(path.posix.dirname(from.file), closest);
      return {
        code: notFound,
        message: `${href} is not a published post or page${shown ? ` (did you mean ${shown}?)` : ''}`,
        hint: 'links to other posts use their file path relative to this file, e.g. ../2024/other-post.md, or their URL',
      };
    }
  } else {
    target = resolveUrlPath(pathPart, from.pagePath);
    if (target !== undefined && !hasUrl(targets.urls, target)) {
      const withoutBase = targets.basePath !== '/' && target.startsWith(targets.basePath) ? `/${target.slice(targets.basePath.length)}` : undefined;
      if (withoutBase !== undefined && hasUrl(targets.urls, withoutBase)) {
        return {
          code: notFound,
          message: `${withQuery} does not exist: quire adds the base path ${targets.basePath} to root-relative links (did you mean ${withoutBase}?)`,
          hint: `write links without the base path: ${withoutBase}`,
        };
      }
      const closest = targets.suggest(target, 'urls', () => targets.urls);
      return {
        code: notFound,
        message: `${withQuery} does not exist${closest ? ` (did you mean ${closest}?)` : ''}`,
        hint:
          kind === 'image'
            ? 'images and other files are served from the static/ folder: static/images/a.png is /images/a.png'
            : 'link to a page by its URL (/posts/my-post/) or to a post by its file (../2024-01-02-my-post.md)',
      };
    }
  }
  if (hash === undefined || hash === '' || target === undefined) return undefined;
  const anchors = targets.anchorsOf(pagePathOf(target));
  const id = safeDecode(hash).normalize('NFC');
  if (!anchors || anchors.has(id)) return undefined;
  const closest = targets.suggest(id, `#${pagePathOf(target)}`, () => anchors);
  return {
    code: 'BrokenAnchor',
    message: `#${hash} is not an anchor of ${pathPart === '' ? 'this page' : pagePathOf(target)}${closest ? ` (did you mean #${closest}?)` : ''}`,
    hint: 'a heading "## Getting started" has the anchor #getting-started',
  };
}

const plainPath = /^\/[A-Za-z0-9/._~-]*$/;

/** The decoded URL path a link leads to: root-relative as is, relative against the page's own path. */
function resolveUrlPath(pathPart: string, pagePath: string | undefined): string | undefined {
  // Most links are plain root-relative ASCII paths: taken as they are, without a URL object.
  if (plainPath.test(pathPart) && !pathPart.includes('/.')) return pathPart;
  if (!pathPart.startsWith('/') && pagePath === undefined) return undefined;
  try {
    return safeDecode(new URL(pathPart, `http://site${pagePath ?? '/'}`).pathname).normalize('NFC');
  } catch {
    // Not a URL a browser would follow within the site (`\\[host`): nothing to check.
    return undefined;
  }
}

/** `/a/b` is served as `/a/b/` by static hosts: both name the same page. */
function hasUrl(urls: ReadonlySet<string>, target: string): boolean {
  return urls.has(target) || (!target.endsWith('/') && urls.has(`${target}/`));
}

/** `/posts/x/index.html` and `/posts/x` name the page `/posts/x/`. */
function pagePathOf(target: string): string {
  if (target.endsWith('/index.html')) return target.slice(0, -'index.html'.length);
  return target.endsWith('/') || /\.[a-z0-9]+$/i.test(target) ? target : `${target}/`;
}

/** The URL paths of the build's output files (`posts/x/index.html` is also `/posts/x/`). */
export function urlPathsOf(outputPaths: Iterable<string>): Set<string> {
  const urls = new Set<string>();
  for (const outputPath of outputPaths) {
    const url = `/${outputPath.normalize('NFC')}`;
    urls.add(url);
    if (url.endsWith('/index.html')) urls.add(url.slice(0, -'index.html'.length));
  }
  return urls;
}
