/**
 * The candidate closest to `word` by edit distance (ignoring case), when it is close enough to be a
 * likely typo: within `maxDistance`, by default a third of the word's length and at least 2.
 */
export function suggestClosest(word: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = maxDistance ?? Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && isBetterTie(lower, candidate, best))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * Between equally distant candidates, the one that shares the longer start with the word
 * (`/posts/missing/` is nearer `/posts/missing-link/` than `/posts/first/`), then the first in code-point order.
 */
function isBetterTie(word: string, candidate: string, best: string): boolean {
  const shared = (other: string) => {
    const text = other.toLowerCase();
    let n = 0;
    while (n < word.length && word[n] === text[n]) n++;
    return n;
  };
  const a = shared(candidate);
  const b = shared(best);
  return a !== b ? a > b : candidate < best;
}

/** Levenshtein distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
