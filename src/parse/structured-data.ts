import type { Node } from 'yaml';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import { offsetToPosition } from '../diagnostics/positions.js';
import { tomlLibrary, yamlLibrary } from '../libraries.js';
import { findJsonKeyPositions } from './json-key-positions.js';
import { parseSimpleYaml } from './simple-yaml.js';

export type DataLanguage = 'yaml' | 'toml' | 'json';

/** Where a key and its value sit in the file; paths are dotted (`tags.2`, `author.name`). */
export interface KeyPosition {
  readonly key: SourcePosition;
  readonly value: SourcePosition;
}

export type ParsedData =
  | { readonly ok: true; readonly value: unknown; readonly positions: ReadonlyMap<string, KeyPosition> }
  | { readonly ok: false; readonly message: string; readonly at: SourcePosition };

/**
 * Parses YAML, TOML or JSON text safely (no code, no custom object tags) and records the position of every
 * key. Positions are relative to `text` (1-based); callers shift them to file coordinates.
 * YAML uses the 1.2 core schema, so dates stay strings and are read by the date parser with the site's
 * time zone, never by the YAML library in the machine's.
 */
export function parseStructuredData(text: string, language: DataLanguage): ParsedData {
  try {
    switch (language) {
      case 'yaml':
        return parseYaml(text);
      case 'toml':
        return parseTomlText(text);
      case 'json':
        return parseJsonText(text);
    }
  } catch (err) {
    // Parsers and the position walk recurse once per level: thousands of nested brackets overflow the stack.
    if (isStackOverflow(err)) return { ok: false, message: tooDeep, at: { line: 1, column: 1 } };
    throw err;
  }
}

const tooDeep = 'values are nested too deeply';

function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

function parseYaml(text: string): ParsedData {
  const simple = parseSimpleYaml(text);
  return simple ? { ok: true, ...simple } : parseYamlDocument(text);
}

/** YAML read by the YAML library, whatever its shape: what parseSimpleYaml must agree with. */
export function parseYamlDocument(text: string): ParsedData {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    const message = /call stack/i.test(error.message) ? tooDeep : cleanYamlMessage(error.message);
    return { ok: false, message, at: { line: at.line, column: at.col } };
  }
  const positions = new Map<string, KeyPosition>();
  const toPosition = (offset: number): SourcePosition => {
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  collectYamlPositions(doc.contents, '', positions, toPosition);
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }), positions };
  } catch (err) {
    return { ok: false, message: isStackOverflow(err) ? tooDeep : (err as Error).message, at: { line: 1, column: 1 } };
  }
}

function collectYamlPositions(
  node: Node | null | undefined | unknown,
  prefix: string,
  out: Map<string, KeyPosition>,
  toPosition: (offset: number) => SourcePosition,
): void {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const path = prefix + String(pair.key.value);
      const keyOffset = pair.key.range?.[0] ?? 0;
      const valueNode = pair.value as Node | null;
      const valueOffset = valueNode?.range?.[0] ?? keyOffset;
      out.set(path, { key: toPosition(keyOffset), value: toPosition(valueOffset) });
      collectYamlPositions(valueNode, `${path}.`, out, toPosition);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const offset = (item as Node | null)?.range?.[0];
      if (offset === undefined) return;
      const path = prefix + String(index);
      out.set(path, { key: toPosition(offset), value: toPosition(offset) });
      collectYamlPositions(item, `${path}.`, out, toPosition);
    });
  }
}

function cleanYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

function parseTomlText(text: string): ParsedData {
  const { parse: parseToml, TomlError } = tomlLibrary();
  try {
    const value = parseToml(text);
    return { ok: true, value, positions: findTopLevelKeys(text, /^\s*([A-Za-z0-9_-]+)\s*=\s*/) };
  } catch (err) {
    if (err instanceof TomlError) {
      const message = err.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'invalid TOML';
      return { ok: false, message, at: { line: err.line, column: err.column } };
    }
    throw err;
  }
}

function parseJsonText(text: string): ParsedData {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value, positions: findJsonKeyPositions(text) };
  } catch (err) {
    const message = (err as Error).message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const at = offset ? offsetToPosition(text, Number(offset)) : { line: 1, column: 1 };
    return { ok: false, message: message.replace(/ in JSON at position \d+.*$/, ''), at };
  }
}

/** The TOML parser gives no key positions: find each key at the start of a line instead. */
function findTopLevelKeys(text: string, pattern: RegExp): Map<string, KeyPosition> {
  const out = new Map<string, KeyPosition>();
  text.split('\n').forEach((lineText, index) => {
    const match = pattern.exec(lineText);
    if (!match?.[1] || out.has(match[1])) return;
    const keyColumn = lineText.indexOf(match[1]) + 1;
    const key = { line: index + 1, column: keyColumn };
    out.set(match[1], { key, value: { line: index + 1, column: match[0].length + 1 } });
  });
  return out;
}
