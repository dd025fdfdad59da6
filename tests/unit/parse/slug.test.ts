import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { slugFromFileName, slugify } from '../../../src/parse/slug.js';

describe('slugify', () => {
  it('lowercases and hyphenates', () => {
    expect(slugify('Hello, World!  Again')).toBe('hello-world-again');
  });
  it('keeps letters of any script', () => {
    expect(slugify('Café crème')).toBe('café-crème');
    expect(slugify('Привет мир')).toBe('привет-мир');
  });
  it('drops apostrophes instead of splitting words', () => {
    expect(slugify("Don't panic")).toBe('dont-panic');
  });
  it('drops the date prefix and extension of file names', () => {
    expect(slugFromFileName('2024-02-14-Café-Crème.md')).toBe('café-crème');
  });
  test.prop([fc.string()])('is always URL-safe: no separators, no dots, no spaces, no edge hyphens', (text) => {
    const slug = slugify(text);
    expect(slug).not.toMatch(/[/\\.\s?#%]/);
    expect(slug).not.toMatch(/^-|-$/);
    expect(slugify(slug)).toBe(slug);
  });
});

describe('slug rules that keep paths safe', () => {
  it('adds _ to names Windows reserves for devices', () => {
    expect(slugify('CON')).toBe('con_');
    expect(slugify('Nul')).toBe('nul_');
    expect(slugify('com1')).toBe('com1_');
    expect(slugify('aux-1')).toBe('aux-1');
  });

  it('cuts slugs at 200 bytes on a character boundary', () => {
    expect(slugify('a'.repeat(300))).toBe('a'.repeat(200));
    const accented = slugify('é'.repeat(150));
    expect(Buffer.byteLength(accented)).toBe(200);
    expect(accented).toBe('é'.repeat(100));
    expect(slugify(`${'a'.repeat(199)} b`)).toBe('a'.repeat(199));
  });

  it('keeps emoji when the text has no letter or digit, so emoji tags stay apart', () => {
    expect(slugify('🦊')).toBe('🦊');
    expect(slugify('🐺!')).toBe('🐺');
    expect(slugify('❤️')).toBe('❤️');
    expect(slugify('I ❤️ JS')).toBe('i-js');
    expect(slugify('\u200d')).toBe('');
  });

  it('keeps right-to-left letters', () => {
    expect(slugify('שלום עולם')).toBe('שלום-עולם');
    expect(slugify('مرحبا')).toBe('مرحبا');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 400 })])('is stable and short whatever the text', (text) => {
    const slug = slugify(text);
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(201);
    expect(slugify(slug)).toBe(slug);
  });
});
