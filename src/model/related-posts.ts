import type { Post } from './types.js';

/**
 * Tag sets up to this size are indexed: a post with n tags is listed under every subset of them of at
 * most this many tags (n + n(n-1)/2 + ... entries), which keeps the index small for posts with many tags.
 */
const indexedSetSize = 3;

/**
 * Picks up to `limit` related posts for each post: most shared tags first, then nearest in date, then
 * source path; posts nearest in date fill a list that too few posts share a tag with.
 *
 * Counting the shared tags of every post that shares one would be quadratic in the size of a tag (a
 * 100,000-post site with 60 tags compares a billion pairs). Instead, every post is listed, in date
 * order, under each small set of its tags: the posts sharing exactly k tags with a post are, apart
 * from those already picked for sharing more, the posts of the lists of its k-tag sets, and the nearest
 * in date lie on either side of the post in each list. Only the few nearest are looked at.
 */
export function findRelatedPosts(posts: readonly Post[], limit = 3): Map<string, Post[]> {
  const dates = Float64Array.from(posts, (post) => post.date.ms);
  const paths = posts.map((post) => post.sourcePath);
  const tagIds = new Map<string, number>();
  const tagsOf = posts.map((post) => [...new Set(post.tags.map((tag) => idOf(tagIds, tag.slug)))].sort((a, b) => a - b));
  const lists = new Map<string, number[]>();
  // The lists each post is in, by the size of the tag set: the lists to look in for it.
  const listsOf = tagsOf.map((tags, index) => {
    const bySize: number[][][] = Array.from({ length: indexedSetSize + 1 }, () => []);
    for (const set of subsetsOf(tags, indexedSetSize)) {
      const key = set.join(',');
      let list = lists.get(key);
      if (list) list.push(index);
      else lists.set(key, (list = [index]));
      bySize[set.length]!.push(list);
    }
    return bySize;
  });
  const related = new Map<string, Post[]>();
  posts.forEach((post, index) => {
    const own = dates[index]!;
    const distance = (other: number) => Math.abs(dates[other]! - own);
    const byDistance = (a: number, b: number) => distance(a) - distance(b) || comparePaths(paths[a]!, paths[b]!);
    const tags = tagsOf[index]!;
    const picked: number[] = [];
    // Posts sharing more tags than the index holds sets of: each is in the list of some set it holds.
    if (tags.length > indexedSetSize) {
      const shared = new Map<number, number>();
      for (const list of listsOf[index]![indexedSetSize]!) {
        for (const other of list) {
          if (other !== index && !shared.has(other)) shared.set(other, sharedCount(tags, tagsOf[other]!));
        }
      }
      const more = [...shared].filter(([, count]) => count > indexedSetSize);
      more.sort(([a, countA], [b, countB]) => countB - countA || byDistance(a, b));
      picked.push(...more.slice(0, limit).map(([other]) => other));
    }
    // Fewer than `limit` picked so far: every post sharing more than k tags is among them.
    for (let k = Math.min(tags.length, indexedSetSize); k >= 1 && picked.length < limit; k--) {
      const wanted = limit - picked.length;
      const found: number[] = [];
      for (const list of listsOf[index]![k]!) found.push(...nearestIn(list, index, wanted, picked, distance));
      picked.push(...found.sort(byDistance).slice(0, wanted));
    }
    // Too few posts share a tag: fill with the posts nearest in date.
    for (let step = 1; picked.length < limit && step < posts.length; step++) {
      const candidates = [index - step, index + step].filter((i) => i >= 0 && i < posts.length && !picked.includes(i));
      candidates.sort((a, b) => distance(a) - distance(b) || comparePaths(paths[a]!, paths[b]!));
      for (const candidate of candidates) if (picked.length < limit) picked.push(candidate);
    }
    related.set(post.sourcePath, picked.map((i) => posts[i]!));
  });
  return related;
}

/**
 * The posts of `list` (ascending, holding `index`) nearest in date to it, on each side as many as
 * `wanted` and any more at the same distance as the last one, leaving out `index` and `skipped`.
 */
function nearestIn(list: readonly number[], index: number, wanted: number, skipped: readonly number[], distance: (other: number) => number): number[] {
  const found: number[] = [];
  const at = lowerBound(list, index);
  for (const step of [-1, 1]) {
    let taken = 0;
    let last = -1;
    for (let i = at + step; i >= 0 && i < list.length; i += step) {
      const other = list[i]!;
      if (skipped.includes(other)) continue;
      // Dates are in order along the list: each step away is at least as far.
      if (taken >= wanted && distance(other) !== last) break;
      found.push(other);
      taken++;
      last = distance(other);
    }
  }
  return found;
}

/** The non-empty subsets of `items` (ascending) of at most `max` items, each ascending. */
function subsetsOf(items: readonly number[], max: number): number[][] {
  const subsets: number[][] = [];
  const extend = (start: number, chosen: number[]) => {
    if (chosen.length > 0) subsets.push(chosen);
    if (chosen.length === max) return;
    for (let i = start; i < items.length; i++) extend(i + 1, [...chosen, items[i]!]);
  };
  extend(0, []);
  return subsets;
}

function sharedCount(a: readonly number[], b: readonly number[]): number {
  let count = 0;
  for (const tag of a) if (b.includes(tag)) count++;
  return count;
}

function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function idOf(ids: Map<string, number>, slug: string): number {
  let id = ids.get(slug);
  if (id === undefined) {
    id = ids.size;
    ids.set(slug, id);
  }
  return id;
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
