import { appendFileSync, closeSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
import { asciiJson, checksumOf } from './checked-json.js';

const header = 'quire-log 1 ';
const newline = 10;

/** What reading a record log found: its records, or why it cannot be trusted (a missing file is empty). */
export type LogRead<V> = { records: Map<string, V>; lines: number } | { corrupt: string };

/**
 * A cache file of keyed records (`key -> value`), so that a build that changed a few of them appends a
 * few lines instead of writing megabytes again. The first line names what the records belong to (the
 * code's identity, the config): records of anything else are not read. Every line after it is one
 * record, `[key, value]`, or `[key]` once the key is gone, behind the SHA-1 of its JSON; the last line
 * for a key wins. A line that does not check out (a damaged file, a write cut short) makes the whole
 * file untrusted.
 */
export function readRecordLog<V>(file: string, owner: string): LogRead<V> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: new Map(), lines: 0 };
    return { corrupt: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (bytes.toString('latin1', 0, header.length) !== header) return { corrupt: 'does not start with a quire cache header' };
  if (bytes[bytes.length - 1] !== newline) return { corrupt: 'is truncated (its last line is cut short)' };
  const firstEnd = bytes.indexOf(newline);
  if (bytes.toString('utf8', header.length, firstEnd) !== ownerLine(owner)) return { records: new Map(), lines: 0 };
  const records = new Map<string, V>();
  let lines = 0;
  // Line by line from the bytes: each checksum is of the bytes as written, and only JSON is decoded.
  for (let start = firstEnd + 1; start < bytes.length; ) {
    const end = bytes.indexOf(newline, start);
    const space = bytes.indexOf(32, start);
    if (space < 0 || space > end) return { corrupt: 'holds a damaged record' };
    const json = bytes.subarray(space + 1, end);
    if (bytes.toString('latin1', start, space) !== checksumOf(json)) return { corrupt: 'is truncated or damaged (checksum mismatch)' };
    let record: [string, V?];
    try {
      record = JSON.parse(json.toString('utf8')) as [string, V?];
    } catch {
      return { corrupt: 'is not valid JSON' };
    }
    if (record.length > 1) records.set(record[0], record[1] as V);
    else records.delete(record[0]);
    lines++;
    start = end + 1;
  }
  return { records, lines };
}

/**
 * Saves `current` as the records of `owner`. When the file read (`read`) is of the same owner and
 * appending keeps it at most about twice the size of its live records, only the records that differ
 * (`same` tells) are appended, and those that are gone are marked so; otherwise the file is written
 * anew, atomically.
 */
export function saveRecordLog<V>(
  file: string,
  owner: string,
  read: LogRead<V> | undefined,
  current: ReadonlyMap<string, V>,
  same: (key: string, before: V, now: V) => boolean,
): void {
  const before = read && 'records' in read ? read : undefined;
  if (before && before.lines > 0 && readOwner(file) === owner) {
    const changes: string[] = [];
    for (const [key, value] of current) {
      const old = before.records.get(key);
      if (old === undefined || !same(key, old, value)) changes.push(recordLine([key, value]));
    }
    for (const key of before.records.keys()) if (!current.has(key)) changes.push(recordLine([key]));
    if (changes.length === 0) return;
    if (before.lines + changes.length <= 2 * current.size + 64) {
      appendFileSync(file, changes.join(''));
      return;
    }
  }
  const temporary = `${file}.${process.pid}.tmp`;
  // Written a megabyte at a time: the whole log as one string would double a large site's peak memory.
  const fd = openSync(temporary, 'w');
  try {
    let chunk = `${header}${ownerLine(owner)}\n`;
    for (const [key, value] of current) {
      chunk += recordLine([key, value]);
      if (chunk.length >= 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

function recordLine(record: readonly [string, unknown?]): string {
  const json = asciiJson(record);
  return `${checksumOf(json)} ${json}\n`;
}

/** The owner as the header line holds it: on one line, whatever it is. */
function ownerLine(owner: string): string {
  return asciiJson(owner);
}

/** The owner named by the file's first line as it is now (another build may have written it since). */
function readOwner(file: string): string | undefined {
  try {
    const fd = openSync(file, 'r');
    const bytes = Buffer.alloc(4096);
    const length = readSync(fd, bytes, 0, bytes.length, 0);
    closeSync(fd);
    const start = bytes.toString('utf8', 0, length);
    const end = start.indexOf('\n');
    return start.startsWith(header) && end > 0 ? (JSON.parse(start.slice(header.length, end)) as string) : undefined;
  } catch {
    return undefined;
  }
}
