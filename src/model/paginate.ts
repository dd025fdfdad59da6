/** One page of a paginated listing. */
export interface PageSlice<T> {
  readonly items: readonly T[];
  /** 1-based page number. */
  readonly number: number;
  readonly total: number;
  /** Site path of this page: the base for page 1, `<base>page/N/` after. */
  readonly url: string;
}

/** Site path of page `n` of a listing rooted at `base` (which ends with `/`). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** Splits items into pages of `perPage`; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], perPage: number, base: string): PageSlice<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    number: i + 1,
    total,
    url: pageUrl(base, i + 1),
  }));
}
