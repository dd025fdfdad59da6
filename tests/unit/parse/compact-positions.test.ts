import { describe, expect, it } from 'vitest';
import { CompactPositions } from '../../../src/parse/compact-positions.js';
import type { KeyPosition } from '../../../src/parse/structured-data.js';

const at = (line: number, column: number, valueLine: number, valueColumn: number): KeyPosition => ({
  key: { line, column },
  value: { line: valueLine, column: valueColumn },
});

describe('compact key positions', () => {
  const map = new Map([
    ['title', at(2, 1, 2, 8)],
    ['tags.1', at(5, 5, 5, 7)],
    ['author.name', at(8, 3, 8, 9)],
  ]);

  it('answers like the map it was made from', () => {
    const compact = CompactPositions.of(map);
    expect(compact.size).toBe(3);
    expect(compact.get('tags.1')).toEqual(at(5, 5, 5, 7));
    expect(compact.get('date')).toBeUndefined();
    expect(compact.has('author.name')).toBe(true);
    expect(compact.has('author')).toBe(false);
    expect([...compact]).toEqual([...map]);
    expect([...compact.keys()]).toEqual([...map.keys()]);
    expect([...compact.values()]).toEqual([...map.values()]);
    const seen: string[] = [];
    compact.forEach((position, key) => seen.push(`${key}@${position.value.line}:${position.value.column}`));
    expect(seen).toEqual(['title@2:8', 'tags.1@5:7', 'author.name@8:9']);
  });

  it('comes back the same from the flat list the cache stores', () => {
    const flat = CompactPositions.of(map).flatten();
    expect(flat).toEqual(['title', 2, 1, 2, 8, 'tags.1', 5, 5, 5, 7, 'author.name', 8, 3, 8, 9]);
    expect(JSON.parse(JSON.stringify(flat))).toEqual(flat);
    expect([...CompactPositions.fromFlat(flat)]).toEqual([...map]);
  });

  it('hands out positions a caller may keep: changing one changes nothing stored', () => {
    const compact = CompactPositions.of(map);
    const first = compact.get('title') as { key: { line: number } };
    first.key.line = 99;
    expect(compact.get('title')).toEqual(at(2, 1, 2, 8));
  });
});
