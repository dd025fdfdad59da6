import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { parseFrontMatter } from '../../../src/parse/front-matter.js';
import {
  createPostFileName,
  formatNewPostDate,
  maxFileSlugLength,
  normalizeTitle,
  parseTagList,
  renderPostFile,
} from '../../../src/scaffold/post-file.js';
import { createRandomShortId } from '../../../src/scaffold/random-short-id.js';

const fields = { title: 'My Post Title', date: '2026-11-27T14:05:00+01:00', id: 'ehIUrwry5p', tags: [], draft: false };

function frontMatterOf(text: string): Record<string, unknown> {
  const diagnostics: Diagnostic[] = [];
  const front = parseFrontMatter(text, 'posts/new.md', diagnostics);
  expect(diagnostics).toEqual([]);
  return { ...front!.data };
}

describe('createPostFileName', () => {
  it('is the day of the date as written, then the slug of the title', () => {
    expect(createPostFileName('My Post Title', '2026-11-27T00:30:00+01:00')).toBe('2026-11-27-my-post-title.md');
    expect(createPostFileName('My Post Title', '2026-11-27')).toBe('2026-11-27-my-post-title.md');
  });
  it('keeps letters of any script and drops punctuation', () => {
    expect(createPostFileName('Café crème: «Привет»!', '2026-01-02')).toBe('2026-01-02-café-crème-привет.md');
  });
  it('cuts long titles at a word boundary', () => {
    const name = createPostFileName('word '.repeat(40), '2026-01-02')!;
    const slug = name.slice('2026-01-02-'.length, -'.md'.length);
    expect([...slug].length).toBeLessThanOrEqual(maxFileSlugLength);
    expect(slug).toMatch(/^word(-word)+$/);
  });
  it('cuts a single very long word at the limit', () => {
    expect(createPostFileName('x'.repeat(100), '2026-01-02')).toBe(`2026-01-02-${'x'.repeat(maxFileSlugLength)}.md`);
  });
  it('is undefined when the title has no letter, digit or emoji', () => {
    expect(createPostFileName('!!! ???', '2026-01-02')).toBeUndefined();
  });
  it('keeps the emoji of a title made only of emoji', () => {
    expect(createPostFileName('🎉!', '2026-01-02')).toBe('2026-01-02-🎉.md');
  });
});

describe('renderPostFile', () => {
  it('writes title, date, id and tags, then an empty body line', () => {
    expect(renderPostFile({ ...fields, tags: ['a', 'b'] })).toBe(
      '---\ntitle: My Post Title\ndate: 2026-11-27T14:05:00+01:00\nid: ehIUrwry5p\ntags: [a, b]\n---\n\n',
    );
  });
  it('adds draft: true only for drafts', () => {
    expect(renderPostFile({ ...fields, draft: true })).toContain('\ntags: []\ndraft: true\n---\n');
    expect(renderPostFile(fields)).not.toContain('draft');
  });
  it('quotes titles with colons, quotes and emoji so they read back unchanged', () => {
    for (const title of ['Re: "quotes" & colons: 🎉', "It's a 'test'", '- starts with a dash', '#hashtag', 'yes', '2024', 'null', '[brackets]', 'a: b # c']) {
      expect(frontMatterOf(renderPostFile({ ...fields, title })).title).toBe(title);
    }
  });
  it('keeps an all-digit id and tags that look like other types as text', () => {
    const data = frontMatterOf(renderPostFile({ ...fields, id: '1234567890', tags: ['true', '1.5', 'a, b: c'] }));
    expect(data.id).toBe('1234567890');
    expect(data.tags).toEqual(['true', '1.5', 'a, b: c']);
  });
  it('writes the body after the front matter', () => {
    expect(renderPostFile({ ...fields, body: '\nHello.\n' })).toMatch(/\n---\n\nHello\.\n$/);
  });
  test.prop([fc.string({ unit: 'grapheme' }).map(normalizeTitle).filter((t) => t !== '')])(
    'any title round-trips through the front matter',
    (title) => {
      expect(frontMatterOf(renderPostFile({ ...fields, title })).title).toBe(title);
    },
  );
});

describe('formatNewPostDate', () => {
  it('is ISO in the site time zone, whole seconds rounded down', () => {
    const ms = Date.UTC(2026, 10, 27, 13, 5, 0, 999);
    expect(formatNewPostDate(ms, 'Europe/Paris')).toBe('2026-11-27T14:05:00+01:00');
    expect(formatNewPostDate(ms, 'UTC')).toBe('2026-11-27T13:05:00Z');
    expect(formatNewPostDate(ms, 'Pacific/Kiritimati')).toBe('2026-11-28T03:05:00+14:00');
  });
});

describe('normalizeTitle and parseTagList', () => {
  it('makes white space runs one space and trims', () => {
    expect(normalizeTitle('  My \n post\ttitle ')).toBe('My post title');
  });
  it('splits tags at commas, trims, drops empty and repeated ones', () => {
    expect(parseTagList(['a, b,,a', ' c '])).toEqual(['a', 'b', 'c']);
    expect(parseTagList(undefined)).toEqual([]);
  });
});

describe('createRandomShortId', () => {
  it('is 10 letters and digits', () => {
    for (let i = 0; i < 50; i++) expect(createRandomShortId()).toMatch(/^[A-Za-z0-9]{10}$/);
  });
  it('draws each character from the 62-character alphabet', () => {
    const maxima: number[] = [];
    expect(createRandomShortId((max) => (maxima.push(max), 0))).toBe('AAAAAAAAAA');
    expect(maxima).toEqual(Array(10).fill(62));
    expect(createRandomShortId((max) => max - 1)).toBe('9999999999');
  });
});
