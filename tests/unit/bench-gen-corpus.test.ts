import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot } from '../helpers/run-cli.js';

const temp = makeTempDir('quire-gen-corpus-');
afterAll(() => temp.cleanup());

function generate(name: string, seed = 1): string {
  const out = path.join(temp.dir, name);
  execFileSync(process.execPath, [path.join(repoRoot, 'bench', 'gen-corpus.mjs'), '--posts', '20', '--out', out, '--seed', String(seed)]);
  return out;
}

/** Every file of a generated site, by path relative to it. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file));
  }
  return files;
}

describe('bench/gen-corpus.mjs', () => {
  const first = generate('a');
  const second = generate('b');

  it('writes byte-identical files for the same seed', () => {
    const a = readTree(first);
    const b = readTree(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
    expect([...a.keys()].filter((file) => file.startsWith('posts'))).toHaveLength(20);
    expect(a.has('quire.config.yaml') && a.has(path.join('data', 'authors.yaml'))).toBe(true);
  });

  it('writes a different corpus for another seed', () => {
    const other = readTree(generate('c', 2));
    expect([...other.keys()].sort()).not.toEqual([...readTree(first).keys()].sort());
  });

  it('names posts by date and slug, with front matter that has every field', () => {
    const authors = matter(`---\n${readFileSync(path.join(first, 'data', 'authors.yaml'), 'utf8')}---\n`, {}).data;
    for (const name of readdirSync(path.join(first, 'posts'))) {
      expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
      const text = readFileSync(path.join(first, 'posts', name), 'utf8');
      expect(text).not.toMatch(/\{\{|\{%|\{#/);
      const { data, content } = matter(text, {});
      expect(typeof data.title).toBe('string');
      expect(Number.isNaN(new Date(data.date).getTime())).toBe(false);
      expect(Object.keys(authors)).toContain(data.author);
      expect(data.tags.length).toBeGreaterThanOrEqual(1);
      expect(data.tags.length).toBeLessThanOrEqual(4);
      expect(typeof data.description).toBe('string');
      expect(content).toMatch(/^## /m);
    }
  });
});
