import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from '../../../src/parse/simple-yaml.js';
import { parseYamlDocument } from '../../../src/parse/structured-data.js';

/** What the YAML library makes of a text, in the form parseSimpleYaml answers in. */
function withLibrary(text: string) {
  const parsed = parseYamlDocument(text);
  return parsed.ok ? { value: parsed.value, keys: Object.keys(parsed.value as object), positions: [...parsed.positions] } : parsed.message;
}

function simple(text: string) {
  const parsed = parseSimpleYaml(text);
  return parsed && { value: parsed.value, keys: Object.keys(parsed.value), positions: [...parsed.positions] };
}

describe('parseSimpleYaml', () => {
  it('reads the usual front matter as the YAML library does, positions included', () => {
    const text = '\ntitle: "Why \\"wide\\" trowels"\ndate: 2025-09-26T22:03:00+09:00\ntoc: true\ntags:\n  - tea\n  - trains\ndescription: It\'s plain, with a:b, C# and — ☕\n';
    expect(simple(text)).toEqual(withLibrary(text));
    expect(parseSimpleYaml(text)?.value).toEqual({
      title: 'Why "wide" trowels',
      date: '2025-09-26T22:03:00+09:00',
      toc: true,
      tags: ['tea', 'trains'],
      description: "It's plain, with a:b, C# and — ☕",
    });
  });

  it('leaves every other shape to the YAML library', () => {
    for (const text of [
      'title: A # note',
      'count: 12',
      'ratio: .5',
      'gone: ~',
      'empty:',
      'empty:\nnext: x',
      'author:\n  name: A',
      'tags: [a, b]',
      'title: first\n  continued',
      'title: "a\\nb"',
      "title: 'it''s'",
      'title: |\n  block',
      'title:\ttab',
      'title: A\ntitle: B',
      'true: x',
      '"quoted": x',
      'title: *alias',
      'tags:\n  - a\n    - b',
      'tags:\n  - a\n - b',
      '',
    ]) {
      expect(parseSimpleYaml(text), text).toBeUndefined();
    }
  });

  const fragment = fc.constantFrom('a', 'b c', 'é', '—', '🧵', '2024-01-01', 'x-y', ':', ': ', '#', ' #', '-', '"', "'", '\\', '\\"', '\\n', '\\/', '\t', '[', '{', '&', '*', '!', '|', '>', '%', '@', '`', '~', 'null', 'true', 'False', '1', '0x1F', '.5', '1e3', '.inf', '\u00a0', '\u2028', '\uFEFF', '\u0085', '\uFFFE', ' ', '---', '...');
  const scalar = fc.tuple(fc.constantFrom('', '"', "'"), fc.array(fragment, { maxLength: 4 }), fc.constantFrom('', ' ', 'x')).map(([quote, parts, after]) => `${quote}${parts.join('')}${quote}${quote ? after : ''}`);
  const key = fc.constantFrom('title', 'tags', 'a_b', 'c-d', '__proto__', 'toString', 'hasOwnProperty', 'null', 'x1');
  const entry = fc.oneof(
    fc.tuple(key, fc.constantFrom(' ', '  '), scalar).map(([k, gap, value]) => [`${k}:${gap}${value}`]),
    fc.tuple(key, fc.constantFrom('', '  ', '    '), fc.array(scalar, { maxLength: 3 }), fc.boolean()).map(([k, indent, items, blank]) => [`${k}:`, ...(blank ? [''] : []), ...items.map((item) => `${indent}- ${item}`)]),
  );
  test.prop([fc.array(entry, { maxLength: 5 }), fc.boolean()], { numRuns: 2000 })('answers, when it does, exactly what the YAML library answers', (entries, trailingNewline) => {
    const text = `\n${entries.flat().join('\n')}${trailingNewline ? '\n' : ''}`;
    const answer = simple(text);
    if (answer) expect(answer).toEqual(withLibrary(text));
  });
});
