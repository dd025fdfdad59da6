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
