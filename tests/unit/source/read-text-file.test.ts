import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { createTextReader } from '../../../src/source/read-text-file.js';

describe('createTextReader', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quire-reader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads files one after another, larger and smaller than the last, as readFileSync and a decoder do', () => {
    const contents = ['short', 'é—☕'.repeat(50_000), '', '\uFEFFwith a BOM', 'x'.repeat(200_000), 'after the large ones'];
    const read = createTextReader();
    contents.forEach((content, index) => {
      const file = path.join(dir, `${index}.md`);
      writeFileSync(file, content);
      const diagnostics: Diagnostic[] = [];
      const stats = statSync(file);
      expect(read(file, `posts/${index}.md`, diagnostics)).toEqual({
        text: new TextDecoder().decode(readFileSync(file)),
        size: stats.size,
        mtimeMs: stats.mtimeMs,
      });
      expect(diagnostics).toEqual([]);
    });
  });

  it('reports a binary file after a text file without keeping the text before', () => {
    const read = createTextReader();
    writeFileSync(path.join(dir, 'text.md'), 'a longer text file first');
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x61, 0x0a, 0x00]));
    read(path.join(dir, 'text.md'), 'posts/text.md', []);
    const diagnostics: Diagnostic[] = [];
    expect(read(path.join(dir, 'binary.md'), 'posts/binary.md', diagnostics)).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['2:1 SourceNotText']);
  });
});
