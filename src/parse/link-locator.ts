import type Token from 'markdown-it/lib/token.mjs';

export interface LinkLocator {
  /** The 1-based line and column of a link with this href inside `block` (its `[` or an image's `![`, when it has one). */
  locate(block: Token, href: string): { line: number; column: number };
}

/**
 * markdown-it maps blocks to lines only, so a link's column is found by searching its href in the
 * block's text. The search goes on from the previous link of the same block, and the table of line
 * starts is built once per document: a 20 MB post with 100,000 links stays linear.
 */
export function createLinkLocator(body: string): LinkLocator {
  let lineStarts: number[] | undefined;
  let currentBlock: Token | undefined;
  let cursor = 0;
  return {
    locate(block, href) {
      lineStarts ??= findLineStarts(body);
      const [startLine = 0, endLine = startLine + 1] = block.map ?? [];
      const blockStart = lineStarts[startLine] ?? body.length;
      const blockEnd = lineStarts[endLine] ?? body.length;
      if (block !== currentBlock) {
        currentBlock = block;
        cursor = blockStart;
      }
      const index = body.indexOf(href, cursor);
      if (index < 0 || index >= blockEnd) return { line: startLine + 1, column: 1 };
      cursor = index + href.length;
      const line = lineIndexOf(lineStarts, index);
      const lineStart = lineStarts[line]!;
      const open = body.startsWith('](', index - 2) ? body.lastIndexOf('[', index - 2) : -1;
      const start = open > lineStart && body.charCodeAt(open - 1) === 33 /* ! */ ? open - 1 : open;
      const column = open >= lineStart ? start : index;
      return { line: line + 1, column: column - lineStart + 1 };
    },
  };
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line holding `offset` (binary search over line starts). */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
