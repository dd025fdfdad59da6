import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { readTextFile, readTextFiles } from '../../../src/source/read-text-file.js';

describe('readTextFiles', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quire-reader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return { absPath: file, displayPath: `posts/${name}` };
  };

  it('reads many files, small, empty and larger than a batch, as readFileSync and a decoder do', () => {
    const contents = ['short', 'é—☕'.repeat(300_000), '', '\uFEFFwith a BOM', '\uFEFF', 'x'.repeat(2_500_000), ...Array.from({ length: 300 }, (_, i) => `post ${i} ${'ü'.repeat(i * 50)}`), 'the last one'];
    const files = contents.map((content, index) => write(`${index}.md`, content));
    const diagnostics: Diagnostic[] = [];
    const texts = readTextFiles(files, diagnostics);
    expect(diagnostics).toEqual([]);
    expect(texts).toHaveLength(files.length);
    files.forEach(({ absPath }, index) => {
      const stats = statSync(absPath);
      expect(texts[index]).toEqual({ text: new TextDecoder().decode(readFileSync(absPath)), size: stats.size, mtimeMs: stats.mtimeMs });
    });
  });

  it('leaves out files that are not text, reporting them in order, and keeps reading the others', () => {
    const files = [
      write('a.md', 'first'),
      write('binary.md', Buffer.from([0x61, 0x0a, 0x00])),
      write('b.md', 'second'),
      write('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
      write('c.md', 'third'),
    ];
    const diagnostics: Diagnostic[] = [];
    expect(readTextFiles(files, diagnostics).map((read) => read?.text)).toEqual(['first', undefined, 'second', undefined, 'third']);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['posts/binary.md:2:1 SourceNotText', 'posts/latin1.md:1:4 SourceNotUtf8']);
  });

  it('reads a single file the same way', () => {
    expect(readTextFile(write('one.md', '\uFEFFone').absPath, 'posts/one.md', [])).toBe('one');
  });
});
