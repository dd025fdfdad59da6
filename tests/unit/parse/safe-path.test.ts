import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isReservedName, outputPathProblem, sitePathProblem } from '../../../src/parse/safe-path.js';
import { slugify } from '../../../src/parse/slug.js';

describe('safe output paths', () => {
  it('accepts plain relative paths in any script', () => {
    for (const ok of ['posts/a/index.html', 'tags/café/index.html', 'posts/שלום/index.html', 'posts/🦊/index.html', 'feed.xml']) {
      expect(outputPathProblem(ok), ok).toBeUndefined();
    }
  });

  it('refuses paths that climb out, are absolute or hide a separator', () => {
    expect(outputPathProblem('../x/index.html')).toBe('contains a ".." segment');
    expect(outputPathProblem('posts/../../x/index.html')).toBe('contains a ".." segment');
    expect(outputPathProblem('/etc/passwd')).toBe('is an absolute path');
    expect(outputPathProblem('C:/x/index.html')).toBe('is an absolute path');
    expect(outputPathProblem('posts\\..\\x/index.html')).toMatch(/backslash/);
    expect(outputPathProblem('posts//index.html')).toBe('has an empty segment');
    expect(outputPathProblem('')).toBe('is empty');
  });

  it('refuses NUL, control characters and the characters Windows cannot hold', () => {
    expect(outputPathProblem('a\u0000b/index.html')).toMatch(/NUL/);
    expect(outputPathProblem('a\u001bb/index.html')).toMatch(/control character \(U\+001B\)/);
    expect(outputPathProblem('a\u0085b/index.html')).toMatch(/control character/);
    for (const c of '<>:"|?*') expect(outputPathProblem(`ab${c}c/index.html`), c).toMatch(/cannot be part of a file name/);
  });

  it('refuses Windows device names in any case and with any extension, and names ending in a dot or space', () => {
    for (const name of ['con', 'CON', 'Nul', 'aux', 'prn', 'com1', 'COM9', 'lpt1', 'com¹', 'nul.html', 'con.tar.gz']) {
      expect(isReservedName(name), name).toBe(true);
      expect(sitePathProblem(`/x/${name}/`), name).toMatch(/reserves for a device/);
    }
    for (const name of ['cons', 'console', 'com10', 'aux-1', 'null']) expect(isReservedName(name), name).toBe(false);
    expect(sitePathProblem('/old./')).toMatch(/ending in a dot/);
    expect(sitePathProblem('/old /')).toMatch(/ending in a dot or a space/);
  });

  it('refuses names longer than a file system holds', () => {
    expect(sitePathProblem(`/${'a'.repeat(255)}/`)).toBeUndefined();
    expect(sitePathProblem(`/${'a'.repeat(256)}/`)).toMatch(/longer than 255 bytes/);
    expect(sitePathProblem(`/${'é'.repeat(128)}/`)).toMatch(/longer than 255 bytes/);
  });

  it('finds device names and long names in paths of plain ASCII names too', () => {
    for (const path of ['posts/con/index.html', 'nul.html', 'tags/aux/feed.xml', 'posts/x/LPT3.html', 'com1/index.html']) {
      expect(outputPathProblem(path), path).toMatch(/reserves for a device/);
    }
    for (const path of ['posts/cons/index.html', 'console.html', 'posts/x/com10.html', 'null/index.html', 'a.con/index.html']) {
      expect(outputPathProblem(path), path).toBeUndefined();
    }
    expect(outputPathProblem(`posts/${'a'.repeat(255)}/index.html`)).toBeUndefined();
    expect(outputPathProblem(`posts/${'a'.repeat(256)}/index.html`)).toMatch(/longer than 255 bytes/);
  });

  // Made of the characters plain names are made of, and of those that make names unsafe.
  const pathLike = fc.string({ unit: fc.constantFrom(...'abcnoulptrx019-_~./ \\:'.split('')), maxLength: 40 });
  test.prop([pathLike])('judges a path as the check of each of its names does', (path) => {
    const byNames =
      path === '' ? 'is empty' : path.startsWith('/') || /^[a-z]:/i.test(path) ? 'is an absolute path' : path.split('/').includes('') ? 'has an empty segment' : sitePathProblem(path);
    expect(outputPathProblem(path)).toBe(byNames);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])('a slug is always a safe name on every host', (text) => {
    const slug = slugify(text);
    if (slug !== '') expect(sitePathProblem(`/posts/${slug}/`)).toBeUndefined();
  });
});
