import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { KeyPosition } from './structured-data.js';

/**
 * Where each top-level key of a JSON object and its value start, for JSON that parsed: keys on one line
 * are found too (`{"title": "A", "layout": "x"}`). One pass over the text; strings are skipped whole, so a
 * brace or colon inside a value is not mistaken for structure.
 */
export function findJsonKeyPositions(text: string): Map<string, KeyPosition> {
  const out = new Map<string, KeyPosition>();
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): SourcePosition => toPosition(lineStarts, offset);
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const end = endOfString(text, i);
      if (depth === 1 && expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        let value = text.indexOf(':', end + 1) + 1;
        while (/\s/.test(text[value] ?? '')) value++;
        if (!out.has(key)) out.set(key, { key: at(i + 1), value: at(value) });
        expectKey = false;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      depth++;
      expectKey = depth === 1 && char === '{';
    } else if (char === '}' || char === ']') {
      depth--;
    } else if (char === ',' && depth === 1) {
      expectKey = true;
    }
  }
  return out;
}

/** Offset of the closing quote of the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function toPosition(lineStarts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
