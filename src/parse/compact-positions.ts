import type { KeyPosition } from './structured-data.js';

/** Each key followed by its key line, key column, value line and value column: the cache stores this. */
export type FlatPositions = readonly (string | number)[];

/**
 * Key positions of a parsed file, kept for as long as the build runs (diagnostics found late point
 * at front matter): one flat list instead of a map of objects, which on large sites took more memory
 * than the posts' excerpts. Positions are made when asked for.
 */
export class CompactPositions implements ReadonlyMap<string, KeyPosition> {
  private constructor(private readonly flat: FlatPositions) {}

  static of(positions: ReadonlyMap<string, KeyPosition>): CompactPositions {
    if (positions instanceof CompactPositions) return positions;
    const flat: (string | number)[] = [];
    for (const [name, { key, value }] of positions) flat.push(name, key.line, key.column, value.line, value.column);
    return new CompactPositions(flat);
  }

  /** Positions as `flatten` gave them (kept as they are, not copied). */
  static fromFlat(flat: FlatPositions): CompactPositions {
    return new CompactPositions(flat);
  }

  flatten(): FlatPositions {
    return this.flat;
  }

  get size(): number {
    return Math.floor(this.flat.length / 5);
  }

  get(name: string): KeyPosition | undefined {
    const at = this.indexOf(name);
    return at < 0 ? undefined : this.at(at);
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  *entries(): MapIterator<[string, KeyPosition]> {
    for (let at = 0; at + 4 < this.flat.length; at += 5) yield [this.flat[at] as string, this.at(at)];
  }

  *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): MapIterator<KeyPosition> {
    for (const [, position] of this.entries()) yield position;
  }

  forEach(callback: (value: KeyPosition, key: string, map: ReadonlyMap<string, KeyPosition>) => void): void {
    for (const [name, position] of this.entries()) callback(position, name, this);
  }

  [Symbol.iterator](): MapIterator<[string, KeyPosition]> {
    return this.entries();
  }

  private indexOf(name: string): number {
    for (let at = 0; at + 4 < this.flat.length; at += 5) if (this.flat[at] === name) return at;
    return -1;
  }

  /** The position whose key is at index `at` of the flat list. */
  private at(at: number): KeyPosition {
    const n = this.flat as readonly number[];
    return { key: { line: n[at + 1]!, column: n[at + 2]! }, value: { line: n[at + 3]!, column: n[at + 4]! } };
  }
}
