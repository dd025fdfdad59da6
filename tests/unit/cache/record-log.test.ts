import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCheckedJson, writeCheckedJson } from '../../../src/cache/checked-json.js';
import { readRecordLog, saveRecordLog } from '../../../src/cache/record-log.js';
import { makeTempDir } from '../../helpers/run-cli.js';

const byValue = (_key: string, before: number, now: number) => before === now;
const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

describe('a cache log of records', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const records = (count: number) => new Map(Array.from({ length: count }, (_, i) => [`key${i}`, i]));

  it('keeps text in any script as it was, in files of ASCII alone', () => {
    const texts = new Map([
      ['café', 'Düsseldorf, naïve, crème brûlée'],
      ['fox', 'a 🦊 and a \u2028 line separator'],
      ['scripts', 'שלום, 東京, Ωμέγα, \u007f'],
      ['lone', 'half a pair: \ud83e'],
    ]);
    const log = path.join(temp.dir, 'scripts.jsonl');
    saveRecordLog(log, 'owner ✓', undefined, texts, (_, a, b) => a === b);
    const read = readRecordLog<string>(log, 'owner ✓');
    expect('records' in read && [...read.records]).toEqual([...texts]);
    const json = path.join(temp.dir, 'scripts.json');
    writeCheckedJson(json, { texts: [...texts] });
    expect(readCheckedJson(json)).toEqual({ value: { texts: [...texts] } });
    for (const file of [log, json]) expect([...readFileSync(file)].every((byte) => byte < 0x80), file).toBe(true);
  });

  it('appends only what changed, marks what is gone, and reads back the last word on each key', () => {
    const file = path.join(temp.dir, 'append.jsonl');
    saveRecordLog(file, 'owner', undefined, records(100), byValue);
    expect(linesOf(file)).toBe(101);
    const next = records(100);
    next.set('key5', -5);
    next.delete('key7');
    next.set('new', 1);
    saveRecordLog(file, 'owner', readRecordLog<number>(file, 'owner'), next, byValue);
    expect(linesOf(file)).toBe(104);
    const read = readRecordLog<number>(file, 'owner');
    expect('records' in read && [...read.records]).toEqual([...next]);
    // Nothing changed: nothing written.
    const before = readFileSync(file, 'utf8');
    saveRecordLog(file, 'owner', readRecordLog<number>(file, 'owner'), next, byValue);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('is written anew when appending would make it more than about twice its live records', () => {
    const file = path.join(temp.dir, 'compact.jsonl');
    saveRecordLog(file, 'owner', undefined, records(100), byValue);
    const changed = new Map([...records(100)].map(([key, value]) => [key, value + 1000]));
    saveRecordLog(file, 'owner', readRecordLog<number>(file, 'owner'), changed, byValue);
    saveRecordLog(file, 'owner', readRecordLog<number>(file, 'owner'), records(100), byValue);
    expect(linesOf(file)).toBe(101);
    const read = readRecordLog<number>(file, 'owner');
    expect('records' in read && read.records.get('key3')).toBe(3);
  });

  it('reads nothing of another owner, and writes anew for its own', () => {
    const file = path.join(temp.dir, 'owner.jsonl');
    saveRecordLog(file, 'config A', undefined, records(10), byValue);
    const other = readRecordLog<number>(file, 'config B');
    expect('records' in other && other.records.size).toBe(0);
    saveRecordLog(file, 'config B', other, records(3), byValue);
    const read = readRecordLog<number>(file, 'config B');
    expect('records' in read && read.records.size).toBe(3);
    expect(readRecordLog<number>(file, 'config A')).toEqual({ records: new Map(), lines: 0 });
  });

  it('is not trusted at all when a line is cut short or its bytes changed', () => {
    const file = path.join(temp.dir, 'damaged.jsonl');
    saveRecordLog(file, 'owner', undefined, records(10), byValue);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, -20));
    expect(readRecordLog(file, 'owner')).toEqual({ corrupt: expect.stringContaining('truncated') });
    writeFileSync(file, text.replace('"key4",4', '"key4",5'));
    expect(readRecordLog(file, 'owner')).toEqual({ corrupt: expect.stringContaining('checksum') });
    writeFileSync(file, text);
    appendFileSync(file, 'not a record\n');
    expect(readRecordLog(file, 'owner')).toHaveProperty('corrupt');
    expect(readRecordLog(path.join(temp.dir, 'missing.jsonl'), 'owner')).toEqual({ records: new Map(), lines: 0 });
  });
});
