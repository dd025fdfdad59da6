import type { KeyPosition } from './structured-data.js';

/**
 * Key positions of a parsed file, kept for as long as the build runs (diagnostics found late point
 * at front matter): a list of keys and one of numbers, four per key, instead of a map of objects,
 * which on large sites took more memory than the posts' excerpts. Positions are made when asked for.
 */
export class CompactPositions implements ReadonlyMap<string, KeyPosition> {
  private constructor(
    private readonly names: readonly string[],
    /** key line, key column, value line, value column, for each key in order. */
    private readonly numbers: readonly number[],
  ) {}

  static of(positions: ReadonlyMap<string, KeyPosition>): CompactPositions {
    if (positions instanceof CompactPositions) return positions;
    const names: string[] = [];
    const numbers: number[] = [];
    for (const [name, { key, value }] of positions) {
      names.push(name);
      numbers.push(key.line, key.column, value.line, value.column);
    }
    return new CompactPositions(names, numbers);
  }

  /** From `flatten`'s list: each key followed by its four numbers. */
  static fromFlat(flat: readonly (string | number)[]): CompactPositions {
    const names: string[] = [];
    const numbers: number[] = [];
    for (let i = 0; i + 4 < flat.length; i += 5) {
      names.push(flat[i] as string);
      numbers.push(flat[i + 1] as number, flat[i + 2] as number, flat[i + 3] as number, flat[i + 4] as number);
    }
    return new CompactPositions(names, numbers);
  }

  /** Each key followed by its four numbers, as the cache stores them. */
  flatten(): (string | number)[] {
    return this.names.flatMap((name, i) => [name, ...this.numbers.slice(i * 4, i * 4 + 4)]);
  }

  get size(): number {
    return this.names.length;
  }

  get(name: string): KeyPosition | undefined {
    const i = this.names.indexOf(name);
    return i < 0 ? undefined : this.at(i);
  }

  has(name: string): boolean {
    return this.names.includes(name);
  }

  *entries(): MapIterator<[string, KeyPosition]> {
    for (let i = 0; i < this.names.length; i++) yield [this.names[i]!, this.at(i)];
  }

  *keys(): MapIterator<string> {
    yield* this.names;
  }

  *values(): MapIterator<KeyPosition> {
    for (let i = 0; i < this.names.length; i++) yield this.at(i);
  }

  forEach(callback: (value: KeyPosition, key: string, map: ReadonlyMap<string, KeyPosition>) => void): void {
    for (let i = 0; i < this.names.length; i++) callback(this.at(i), this.names[i]!, this);
  }

  [Symbol.iterator](): MapIterator<[string, KeyPosition]> {
    return this.entries();
  }

  private at(i: number): KeyPosition {
    const n = this.numbers;
    return { key: { line: n[i * 4]!, column: n[i * 4 + 1]! }, value: { line: n[i * 4 + 2]!, column: n[i * 4 + 3]! } };
  }
}
