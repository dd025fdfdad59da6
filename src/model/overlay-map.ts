/**
 * A read-only map made of an earlier map and a few entries that replace its own: what a patched site
 * model uses instead of copying maps of ten thousand entries for one edited post. Layers are merged
 * into one map once they pile up, so lookups stay cheap over a long watch session.
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private readonly base: ReadonlyMap<K, V>;
  private readonly top: ReadonlyMap<K, V>;
  private readonly depth: number;

  constructor(base: ReadonlyMap<K, V>, top: ReadonlyMap<K, V>) {
    const below = base instanceof OverlayMap ? base.depth : 0;
    if (below >= 8) {
      const merged = new Map(base);
      for (const [key, value] of top) merged.set(key, value);
      this.base = merged;
      this.top = new Map();
      this.depth = 0;
    } else {
      this.base = base;
      this.top = top;
      this.depth = below + 1;
    }
  }

  get size(): number {
    let added = 0;
    for (const key of this.top.keys()) if (!this.base.has(key)) added++;
    return this.base.size + added;
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.top.has(key) ? this.top.get(key)! : value];
    for (const [key, value] of this.top) if (!this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
