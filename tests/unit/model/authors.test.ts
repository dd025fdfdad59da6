import { describe, expect, it } from 'vitest';
import { readAuthorTable, resolveAuthor } from '../../../src/model/authors.js';
import { sitePathProblem } from '../../../src/parse/safe-path.js';

describe('author pages stay inside /authors/', () => {
  it('never uses an author id or name as a folder as written', () => {
    const table = readAuthorTable({ '..': { name: 'Dots' }, '../../etc': { name: 'Etc' }, con: { name: 'Con' }, '🦊': { name: 'Fox' } }, []);
    const urls = [...table.values()].map((a) => a.url);
    expect(urls).toEqual([expect.stringMatching(/^\/authors\/author-[0-9a-f]{8}\/$/), '/authors/etc/', '/authors/con_/', '/authors/🦊/']);
    for (const name of ['...', '/', '\\\\server\\share', 'x\u0000y', 'NUL', '🦊 ✨']) {
      const author = resolveAuthor(name, new Map());
      expect(author?.url).toMatch(/^\/authors\/[^/]+\/$/);
      expect(sitePathProblem(author!.url), name).toBeUndefined();
    }
  });

  it('gives different punctuation-only names different folders', () => {
    expect(resolveAuthor('...', new Map())?.url).not.toBe(resolveAuthor('!!!', new Map())?.url);
  });
});
