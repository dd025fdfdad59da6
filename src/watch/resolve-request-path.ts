import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type RequestTarget =
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' };

/**
 * Maps a request path to a file inside `root`, the served output folder. Pretty URLs: `/posts/a/` is
 * `posts/a/index.html`, `/posts/a` redirects to `/posts/a/`. Anything that could reach outside `root` is
 * forbidden: `..` segments (also percent-encoded), encoded slashes or backslashes, NUL bytes, and
 * symbolic links that lead out of the folder.
 */
export function resolveRequestPath(root: string, rawPath: string, basePath = '/'): RequestTarget {
  const pathOnly = rawPath.split('?')[0]!.split('#')[0]!;
  if (/%(2f|5c|00)/i.test(pathOnly) || pathOnly.includes('\\')) return { kind: 'forbidden' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { kind: 'forbidden' };
  }
  if (!decoded.startsWith(basePath)) {
    return decoded === basePath.replace(/\/$/, '') || decoded === '/' ? { kind: 'redirect', location: basePath } : { kind: 'not-found' };
  }
  const relative = decoded.slice(basePath.length);
  const realRoot = safeRealpath(root);
  if (!realRoot) return { kind: 'not-found' };
  let candidate = path.join(realRoot, relative);
  let stats = safeStat(candidate);
  if (stats?.isDirectory()) {
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: `${pathOnly}/` };
    candidate = path.join(candidate, 'index.html');
    stats = safeStat(candidate);
  }
  if (!stats?.isFile()) return { kind: 'not-found' };
  const real = safeRealpath(candidate);
  if (!real || !(real === realRoot || real.startsWith(realRoot + path.sep))) return { kind: 'forbidden' };
  return { kind: 'file', file: real };
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function safeStat(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
