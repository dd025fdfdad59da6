import type { Post } from './types.js';

/**
 * Picks up to `limit` related posts for each post: most shared tags first, then nearest in date, then
 * source path. Uses a tag index so that large sites do not compare every pair of posts.
 */
export function findRelatedPosts(posts: readonly Post[], limit = 3): Map<string, Post[]> {
  const byTag = new Map<string, number[]>();
  posts.forEach((post, index) => {
    for (const tag of post.tags) {
      const list = byTag.get(tag.slug) ?? [];
      list.push(index);
      byTag.set(tag.slug, list);
    }
  });
  const related = new Map<string, Post[]>();
  posts.forEach((post, index) => {
    const shared = new Map<number, number>();
    for (const tag of post.tags) {
      for (const other of byTag.get(tag.slug) ?? []) {
        if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const distance = (other: number) => Math.abs(posts[other]!.date.ms - post.date.ms);
    const byScore = [...shared.entries()]
      .sort(
        ([a, sa], [b, sb]) =>
          sb - sa || distance(a) - distance(b) || comparePaths(posts[a]!.sourcePath, posts[b]!.sourcePath),
      )
      .slice(0, limit)
      .map(([other]) => other);
    // Too few posts share a tag: fill with the posts nearest in date.
    for (let step = 1; byScore.length < limit && step < posts.length; step++) {
      const candidates = [index - step, index + step].filter(
        (i) => i >= 0 && i < posts.length && !byScore.includes(i),
      );
      candidates.sort((a, b) => distance(a) - distance(b) || comparePaths(posts[a]!.sourcePath, posts[b]!.sourcePath));
      for (const candidate of candidates) if (byScore.length < limit) byScore.push(candidate);
    }
    related.set(post.sourcePath, byScore.map((i) => posts[i]!));
  });
  return related;
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
