import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { checkNesting } from '../../../src/parse/check-nesting.js';
import { readSourceDoc } from '../../../src/parse/read-source-doc.js';
import { parseStructuredData } from '../../../src/parse/structured-data.js';
import { readTextFile } from '../../../src/source/read-text-file.js';

function read(text: string) {
  const diagnostics: Diagnostic[] = [];
  const doc = readSourceDoc({ path: 'posts/a.md', absPath: '/site/posts/a.md', text }, 'post', 'UTC', diagnostics);
  return { doc, diagnostics: diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`) };
}

describe('front matter that tries to leave the output folder', () => {
  it('reports each bad alias at its own line', () => {
    const { doc, diagnostics } = read(
      '---\ntitle: A\ndate: 2024-01-01\naliases:\n  - /fine/\n  - /../../etc/\n  - "/a\\\\b/"\n  - "/x\\u0000y/"\n  - /con/\n  - https://evil.example/\n  - /\n  - "/a:b/"\n---\n',
    );
    expect(doc).toBeUndefined();
    expect(diagnostics).toEqual([
      '6:5 error AliasInvalid alias "/../../etc/" contains a ".." segment',
      '7:5 error AliasInvalid alias "/a\\b/" contains a backslash, which cannot be part of a file name',
      '8:5 error AliasInvalid alias "/x\\u0000y/" contains a NUL character, which cannot be part of a file name',
      '9:5 error AliasInvalid alias "/con/" uses "con", a name Windows reserves for a device',
      '10:5 error AliasInvalid alias "https://evil.example/" is a full URL, not a path of this site',
      '11:5 error AliasInvalid alias "/" is the home page',
      '12:5 error AliasInvalid alias "/a:b/" contains ":", which cannot be part of a file name',
    ]);
  });

  it('refuses an id that Windows reserves for a device', () => {
    expect(read('---\ntitle: A\ndate: 2024-01-01\nid: COM1\n---\n').diagnostics).toEqual([
      '4:5 error FrontMatterInvalidId "id" COM1 is a name Windows reserves for a device; choose another',
    ]);
  });

  it('makes slugs safe by the slug rules', () => {
    expect(read('---\ntitle: A\ndate: 2024-01-01\nslug: ../../etc/passwd\n---\n').doc?.slug).toBe('etc-passwd');
    expect(read('---\ntitle: A\ndate: 2024-01-01\nslug: "C:\\\\Windows\\\\x"\n---\n').doc?.slug).toBe('c-windows-x');
    expect(read('---\ntitle: A\ndate: 2024-01-01\nslug: NUL\n---\n').doc?.slug).toBe('nul_');
  });
});

describe('odd and hostile text', () => {
  it('reports front matter nested too deeply at a line, instead of overflowing the stack', () => {
    for (const nested of ['['.repeat(10_000) + ']'.repeat(10_000), '{a: '.repeat(5_000) + '1' + '}'.repeat(5_000)]) {
      const { doc, diagnostics } = read(`---\ntitle: A\nx: ${nested}\n---\n`);
      expect(doc).toBeUndefined();
      expect(diagnostics[0]).toMatch(/^\d+:\d+ error FrontMatterInvalidYaml values are nested too deeply$/);
    }
    const toml = parseStructuredData(`x = ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'toml');
    expect(toml.ok).toBe(false);
  });

  it('reads a BOM, CRLF line endings and tabs in the body', () => {
    const { doc, diagnostics } = read('\uFEFF---\r\ntitle: "Tabs\\tand CRLF"\r\ndate: 2024-01-01\r\n---\r\n\tindented code\r\n');
    expect(diagnostics).toEqual([]);
    expect(doc?.title).toBe('Tabs\tand CRLF');
    expect(doc?.body).toBe('\n\n\n\n\tindented code\n');
  });

  it('reports tabs that indent YAML at their line', () => {
    expect(read('---\ntitle: A\n\ttags: [a]\n---\n').diagnostics[0]).toMatch(/^3:1 error FrontMatterInvalidYaml/);
  });

  it('keeps a 100,000-character title whole, and emoji and right-to-left text as written', () => {
    const long = 'word '.repeat(20_000).trim();
    expect(read(`---\ntitle: "${long}"\ndate: 2024-01-01\n---\n`).doc?.title).toBe(long);
    const { doc } = read('---\ntitle: "🦊 שלום مرحبا"\ndate: 2024-01-01\ntags: ["🦊", "שלום"]\n---\n');
    expect(doc?.title).toBe('🦊 שלום مرحبا');
    expect(doc?.tags).toEqual(['🦊', 'שלום']);
  });

  it('reports the line where blockquotes or lists nest deeper than markdown-it renders', () => {
    const diagnostics: Diagnostic[] = [];
    checkNesting(`Intro\n\n${'>'.repeat(99)} kept\n\n${'>'.repeat(10_000)} cut\n`, 'posts/a.md', diagnostics);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['5:1 MarkdownNestedTooDeep']);
    const lists: Diagnostic[] = [];
    checkNesting(`${'- '.repeat(10_000)}x\n\n${Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}`, 'posts/b.md', lists);
    expect(lists.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:1 MarkdownNestedTooDeep']);
    const indented: Diagnostic[] = [];
    checkNesting(Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'), 'posts/c.md', indented);
    expect(indented.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['50:1 MarkdownNestedTooDeep']);
    const shallow: Diagnostic[] = [];
    checkNesting(`${'>'.repeat(60)} fine\n\n${'    '.repeat(30)}code\n`, 'posts/c.md', shallow);
    expect(shallow).toEqual([]);
  });
});

describe('files that are not text', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quire-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const readBytes = (bytes: Buffer) => {
    const file = path.join(dir, 'x.md');
    writeFileSync(file, bytes);
    const diagnostics: Diagnostic[] = [];
    const text = readTextFile(file, 'posts/x.md', diagnostics);
    return { text, diagnostics: diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`) };
  };

  it('reports a binary file at its first NUL byte', () => {
    expect(readBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({
      text: undefined,
      diagnostics: ['posts/x.md:3:1 SourceNotText'],
    });
  });

  it('reports invalid UTF-8 at its line and column', () => {
    expect(readBytes(Buffer.concat([Buffer.from('---\ntitle: é\n---\nab'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]))).toEqual({
      text: undefined,
      diagnostics: ['posts/x.md:4:3 SourceNotUtf8'],
    });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(readBytes(Buffer.from('\uFEFF---\ntitle: A\n---\n')).text).toBe('---\ntitle: A\n---\n');
  });
});

describe('URLs in front matter', () => {
  it('refuses an image URL that would run code, at its line', () => {
    for (const image of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<script>x</script>', 'data:image/svg+xml,<svg/>']) {
      expect(read(`---\ntitle: A\ndate: 2024-01-01\nimage: ${JSON.stringify(image)}\n---\n`).diagnostics, image).toEqual([
        '4:8 error FrontMatterUnsafeUrl "image" must be the address of an image, not a URL that runs code or opens a document',
      ]);
    }
  });

  it('accepts paths, web URLs and raster data URLs', () => {
    for (const image of ['/images/a.png', 'https://example.org/a.jpg', 'data:image/png;base64,iVBORw0KGgo=', 'javascript-tips.png']) {
      expect(read(`---\ntitle: A\ndate: 2024-01-01\nimage: ${JSON.stringify(image)}\n---\n`).doc?.image, image).toBe(image);
    }
  });
});

describe('empty values', () => {
  it('an empty or null date is no date: the file name gives it, else the post has none', () => {
    for (const empty of ['""', '~', '']) {
      expect(read(`---\ntitle: A\ndate: ${empty}\n---\n`).diagnostics).toEqual(['1:1 error FrontMatterMissingDate post has no date']);
      const diagnostics: Diagnostic[] = [];
      const doc = readSourceDoc({ path: 'posts/2024-03-04-a.md', absPath: '/site/posts/2024-03-04-a.md', text: `---\ntitle: A\ndate: ${empty}\n---\n` }, 'post', 'UTC', diagnostics);
      expect(diagnostics).toEqual([]);
      expect(doc?.date?.iso).toBe('2024-03-04');
    }
  });
});
