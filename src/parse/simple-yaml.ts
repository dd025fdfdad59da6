import type { KeyPosition } from './structured-data.js';

/**
 * Reads YAML of the usual front-matter shape without the YAML library, whose syntax tree per file took
 * most of a second on a site of 10,000 posts. The shape: one `key: value` per line, or `key:` followed by a
 * list with one `- value` per line; values are single-line plain or quoted text (escaping at most `"`,
 * `\` and `/`), true or false. Returns exactly what the library would (value and positions, 1-based,
 * relative to `text`), or undefined for anything else (comments, numbers, null, nesting, multi-line
 * scalars, other escapes...): the library reads it.
 */
export function parseSimpleYaml(text: string): { value: Record<string, unknown>; positions: Map<string, KeyPosition> } | undefined {
  const value: Record<string, unknown> = {};
  const positions = new Map<string, KeyPosition>();
  const keys = new Set<string>();
  // The list being read (after a `key:` line) and the indentation of its items.
  let list: { key: string; items: unknown[]; indent: number } | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    if (line === '') continue;
    const indent = countSpaces(line);
    if (line[indent] === '-' && list && (list.items.length === 0 || indent === list.indent)) {
      if (line[indent + 1] !== ' ') return undefined;
      const start = indent + 1 + countSpaces(line, indent + 1);
      const item = readScalar(line, start);
      if (item === undefined) return undefined;
      const at = { line: lineNumber, column: start + 1 };
      if (list.items.length === 0) {
        list.indent = indent;
        // A list starts at its first item's `-`.
        positions.set(list.key, { key: positions.get(list.key)!.key, value: { line: lineNumber, column: indent + 1 } });
      }
      positions.set(`${list.key}.${list.items.length}`, { key: at, value: at });
      list.items.push(item.value);
      continue;
    }
    // A key line ends the list before it; a list with no item is null, left to the library.
    if (list?.items.length === 0) return undefined;
    list = undefined;
    const key = simpleKey.exec(line)?.[0];
    if (key === undefined || line[key.length] !== ':' || keys.has(key) || nonTextKeys.has(key)) return undefined;
    keys.add(key);
    const keyAt = { line: lineNumber, column: 1 };
    if (key.length + 1 === line.length) {
      const items: unknown[] = [];
      list = { key, items, indent: 0 };
      positions.set(key, { key: keyAt, value: keyAt });
      setProperty(value, key, items);
      continue;
    }
    if (line[key.length + 1] !== ' ') return undefined;
    const start = key.length + 1 + countSpaces(line, key.length + 1);
    const scalar = readScalar(line, start);
    if (scalar === undefined) return undefined;
    positions.set(key, { key: keyAt, value: { line: lineNumber, column: start + 1 } });
    setProperty(value, key, scalar.value);
  }
  if (list?.items.length === 0 || keys.size === 0) return undefined;
  return { value, positions };
}

/** Keys of letters, digits, `_` and `-`, starting with a letter or `_`: never read as anything but text. */
const simpleKey = /^[A-Za-z_][A-Za-z0-9_-]{0,63}(?=:)/;
/** Simple keys the YAML core schema reads as null or a boolean. */
const nonTextKeys = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** As the YAML library adds a pair to a plain object: a name an object inherits becomes an own property. */
function setProperty(target: Record<string, unknown>, key: string, item: unknown): void {
  if (key in target) Object.defineProperty(target, key, { value: item, writable: true, enumerable: true, configurable: true });
  else target[key] = item;
}

function countSpaces(line: string, from = 0): number {
  let at = from;
  while (line.charCodeAt(at) === 32) at++;
  return at - from;
}

/**
 * Characters that need no second look anywhere in YAML: printable, no tab, no line or paragraph
 * separator, no byte-order mark.
 */
const plainCharacters = /^[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;
/** A plain scalar may not start with an indicator, nor hold `: ` or ` #`, nor end with `:`. */
const plainStart = /^[-?:,[\]{}#&*!|>'"%@`]/;
const plainBreak = /: | #|:$/;
/** Plain scalars the YAML core schema reads as null or a number (true and false are read here). */
const nullOrNumber =
  /^(?:~|[Nn]ull|NULL|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** The scalar that starts at `start` and ends the line, or undefined when it is not of the simple kind. */
function readScalar(line: string, start: number): { value: unknown } | undefined {
  const rest = line.slice(start);
  if (rest === '' || !plainCharacters.test(rest)) return undefined;
  if (rest[0] === '"') return readDoubleQuoted(rest);
  if (rest[0] === "'") {
    const end = rest.indexOf("'", 1);
    // A doubled quote is an escaped one: left to the library.
    if (end < 0 || rest[end + 1] === "'" || !onlySpacesAfter(rest, end)) return undefined;
    return { value: rest.slice(1, end) };
  }
  const plain = rest.replace(/ +$/, '');
  if (plainStart.test(plain) || plainBreak.test(plain) || nullOrNumber.test(plain)) return undefined;
  if (plain === 'true' || plain === 'True' || plain === 'TRUE') return { value: true };
  if (plain === 'false' || plain === 'False' || plain === 'FALSE') return { value: false };
  return { value: plain };
}

/** Escapes of one character that stand for themselves in double quotes; others are left to the library. */
const literalEscapes = new Set(['"', '\\', '/']);

function readDoubleQuoted(rest: string): { value: string } | undefined {
  let value = '';
  let from = 1;
  for (let at = 1; at < rest.length; at++) {
    const char = rest[at];
    if (char === '"') return onlySpacesAfter(rest, at) ? { value: value + rest.slice(from, at) } : undefined;
    if (char !== '\\') continue;
    const escaped = rest[at + 1];
    if (escaped === undefined || !literalEscapes.has(escaped)) return undefined;
    value += rest.slice(from, at) + escaped;
    from = at + 2;
    at++;
  }
  return undefined;
}

function onlySpacesAfter(text: string, at: number): boolean {
  return countSpaces(text, at + 1) === text.length - at - 1;
}
