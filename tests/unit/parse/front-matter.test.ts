import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { parseFrontMatter } from '../../../src/parse/front-matter.js';

function parse(text: string) {
  const diagnostics: Diagnostic[] = [];
  return { front: parseFrontMatter(text, 'posts/a.md', diagnostics), diagnostics };
}

describe('parseFrontMatter', () => {
  it('blanks the front matter out so body lines are file lines', () => {
    const { front } = parse('---\ntitle: A\ndate: 2024-01-01\n---\n# Heading\n');
    expect(front?.body).toBe('\n\n\n\n# Heading\n');
    expect(front?.data).toEqual({ title: 'A', date: '2024-01-01' });
  });

  it('records the position of each key and value in file lines', () => {
    const { front } = parse('---\ntitle: A\ntags:\n  - one\n  - two\n---\n');
    expect(front?.positions.get('title')).toEqual({ key: { line: 2, column: 1 }, value: { line: 2, column: 8 } });
    expect(front?.positions.get('tags.1')?.value).toEqual({ line: 5, column: 5 });
  });

  it('reports invalid YAML at its file line', () => {
    const { front, diagnostics } = parse('---\ntitle: A\ndescription: a: b\n---\n');
    expect(front).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'FrontMatterInvalidYaml', file: 'posts/a.md', line: 3 });
  });

  it('keeps YAML dates as strings (read later in the site time zone)', () => {
    expect(parse('---\ndate: 2024-01-01 10:00\n---\n').front?.data.date).toBe('2024-01-01 10:00');
  });

  it('accepts TOML between +++ lines and JSON after ---json', () => {
    expect(parse('+++\ntitle = "T"\n+++\nbody\n').front?.data.title).toBe('T');
    expect(parse('---json\n{"title": "J"}\n---\nbody\n').front?.data.title).toBe('J');
  });

  it('reports invalid TOML at its line', () => {
    const { diagnostics } = parse('+++\ntitle = "T"\ndate = \n+++\n');
    expect(diagnostics[0]).toMatchObject({ code: 'FrontMatterInvalidToml', line: 3 });
  });

  it('refuses JavaScript front matter instead of running it', () => {
    const marker = '__quireFrontMatterRan';
    const { front, diagnostics } = parse(`---js\n{ title: (globalThis.${marker} = true, "x") }\n---\n`);
    expect(front).toBeUndefined();
    expect(diagnostics[0]?.code).toBe('FrontMatterCodeRefused');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('does not build objects from custom YAML tags', () => {
    const { front } = parse('---\ntitle: !!js/function "function(){}"\n---\n');
    expect(typeof front?.data.title).not.toBe('function');
  });

  it('handles a BOM and CRLF line endings', () => {
    const { front } = parse('\uFEFF---\r\ntitle: A\r\n---\r\nbody\r\n');
    expect(front?.data.title).toBe('A');
    expect(front?.body.split('\n')[3]).toBe('body');
  });
});

describe('JSON front matter positions', () => {
  it('finds every top-level key, also several on one line, and skips nested ones and strings', () => {
    const { front } = parse('---json\n{"title": "A, {b}: \\"c\\"", "nested": {"layout": 1}, "layout": "x",\n  "tags": ["a", "b"]}\n---\n');
    expect(front?.positions.get('title')).toEqual({ key: { line: 2, column: 3 }, value: { line: 2, column: 11 } });
    expect(front?.positions.get('layout')).toEqual({ key: { line: 2, column: 54 }, value: { line: 2, column: 63 } });
    expect(front?.positions.get('tags')).toEqual({ key: { line: 3, column: 4 }, value: { line: 3, column: 11 } });
    expect(front?.positions.has('nested.layout')).toBe(false);
  });
});
