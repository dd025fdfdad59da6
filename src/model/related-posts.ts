import type { Post } from './types.js';

/**
 * Picks up to `limit` related posts for each post: most shared tags first, then nearest in date, then
 * source path. A tag index and one counter array keep it linear in the number of (post, candidate)
 * pairs that share a tag: large sites never compare every pair, nor sort every candidate list.
 */
export function findRelatedPosts(posts: readonly Post[], limit = 3): Map<string, Post[]> {
  const byTag = new Map<string, number[]>();
  posts.forEach((post, index) => {
    for (const tag of post.tags) {
      const list = byTag.get(tag.slug);
      if (list) list.push(index);
      else byTag.set(tag.slug, [index]);
    }
  });
  const tagLists = new Map([...byTag].map(([slug, list]) => [slug, Int32Array.from(list)]));
  const dates = Float64Array.from(posts, (post) => post.date.ms);
  const paths = posts.map((post) => post.sourcePath);
  const shared = new Int32Array(posts.length);
  const touched = new Int32Array(posts.length);
  const related = new Map<string, Post[]>();
  posts.forEach((post, index) => {
    const own = dates[index]!;
    const distance = (other: number) => Math.abs(dates[other]! - own);
    // Whether candidate a ranks before b: more shared tags, then nearer in date, then source path.
    const before = (a: number, b: number) =>
      shared[a]! !== shared[b]! ? shared[a]! > shared[b]! : distance(a) !== distance(b) ? distance(a) < distance(b) : paths[a]! < paths[b]!;
    let count = 0;
    for (const tag of post.tags) {
      const list = tagLists.get(tag.slug)!;
      for (let at = 0; at < list.length; at++) {
        const other = list[at]!;
        if (other === index) continue;
        if (shared[other] === 0) touched[count++] = other;
        shared[other]!++;
      }
    }
    const best: number[] = [];
    for (let next = 0; next < count; next++) {
      const candidate = touched[next]!;
      // Most candidates share fewer tags than the last of a full list: no need to compare further.
      if (best.length === limit && (shared[candidate]! < shared[best[limit - 1]!]! || !before(candidate, best[limit - 1]!))) continue;
      let at = Math.min(best.length, limit - 1);
      if (best.length < limit) best.push(candidate);
      else best[at] = candidate;
      while (at > 0 && before(best[at]!, best[at - 1]!)) {
        [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
        at--;
      }
    }
    for (let next = 0; next < count; next++) shared[touched[next]!] = 0;
    // Too few posts share a tag: fill with the posts nearest in date.
    for (let step = 1; best.length < limit && step < posts.length; step++) {
      const candidates = [index - step, index + step].filter((i) => i >= 0 && i < posts.length && !best.includes(i));
      candidates.sort((a, b) => distance(a) - distance(b) || comparePaths(posts[a]!.sourcePath, posts[b]!.sourcePath));
      for (const candidate of candidates) if (best.length < limit) best.push(candidate);
    }
    related.set(post.sourcePath, best.map((i) => posts[i]!));
  });
  return related;
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
