import fc from 'fast-check';
import { stringify as stringifyYaml } from 'yaml';

/** Text written to break paths, markup, terminals and parsers. */
const hostileText = fc.constantFrom(
  '..',
  '../../etc/passwd',
  '/absolute/path',
  'C:\\Windows\\x',
  'a\\b',
  'nul\u0000byte',
  '\u001b[31mred\u001b[0m',
  '\u202eevil',
  'CON',
  'nul.txt',
  'com1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]><![CDATA[',
  '{{x}} {{{y}}}',
  'javascript:alert(1)',
  'x'.repeat(300),
  '🦊',
  '👨‍👩‍👧',
  'שלום',
  'مرحبا',
  'café',
  'cafe\u0301',
  '   ',
  '',
  '-',
  '%2e%2e',
  'a:b',
  'trailing.',
);

const text = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 }));

/** A value of any YAML-representable shape, small. */
const anyValue = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), text, { maxKeys: 2 }),
);

/** Mostly a value of the expected kind (still hostile where text is allowed), sometimes anything. */
const mostly = <T>(usual: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: usual }, { weight: 1, arbitrary: anyValue });

const dateValue = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('2024-01-15', '2023-12-31T23:59:59+14:00', '2016-10-06 11:10:38 -0700', '2024-06-30 08:00', '1970-01-01') },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-30', 'yesterday', '9999-12-31', '0000-01-01') },
  { weight: 1, arbitrary: fc.oneof(text, fc.integer()) },
);

/** Front matter as data: the keys quire reads, with good, odd and hostile values, and extra keys. */
const frontMatterData = fc.record(
  {
    title: mostly(fc.oneof(text, fc.constant('A title'))),
    date: dateValue,
    updated: dateValue,
    expires: dateValue,
    slug: mostly(text),
    tags: mostly(fc.oneof(fc.array(text, { maxLength: 4 }), text)),
    author: mostly(text),
    aliases: mostly(fc.array(fc.oneof(fc.constantFrom('/old/path/', '/2019/café/', '/🦊/', '/x.html'), hostileText), { maxLength: 3 })),
    id: mostly(fc.oneof({ weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{4,12}$/) }, { weight: 1, arbitrary: fc.constantFrom('COM1', 'Lpt2', 'abc') })),
    draft: mostly(fc.boolean()),
    description: mostly(text),
    image: mostly(fc.constantFrom('/img/a.png', 'https://e.org/a.jpg', 'img/b.png', 'javascript:alert(1)', 'data:text/html,x')),
    layout: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('post', 'page') }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('nope', '../post', '__proto__'), text) }),
    toc: fc.boolean(),
    ['__proto__']: anyValue,
    constructor: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);

/** The front matter block: YAML or JSON made from data, or text that may not parse at all. */
const frontMatter = fc.oneof(
  { weight: 12, arbitrary: frontMatterData.map((data) => `---\n${stringifyYaml(data)}---\n`) },
  { weight: 3, arbitrary: frontMatterData.map((data) => `---json\n${JSON.stringify(data)}\n---\n`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((raw) => `---\n${raw}\n---\n`) },
  { weight: 1, arbitrary: fc.constantFrom('', '---\n', '---js\n{ title: "x" }\n---\n', '+++\ntitle = "T"\n+++\n', `---\nx: ${'['.repeat(3000)}\n---\n`) },
);

const markdownFragment = fc.oneof(
  fc.constantFrom(
    '# Heading',
    '## Heading',
    '[a link](javascript:alert(1))',
    '[rel](../other.md)',
    '[up](../../../../etc/passwd.md)',
    '[abs](/about/)',
    '![img](data:image/svg+xml;base64,PHN2Zz4=)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<!-- more -->',
    '```js\nconst a = "<b>";\n```',
    '```\nunclosed fence',
    '- [x] task\n- [ ] other',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    'Footnote[^1].\n\n[^1]: Note.',
    `${'> '.repeat(120)}deep quote`,
    `${'- '.repeat(60)}deep list`,
    '*'.repeat(500),
    '['.repeat(500),
    '\t\ttabbed',
  ),
  text,
);

const body = fc.array(markdownFragment, { maxLength: 6 }).map((parts) => parts.join('\n\n'));

/** How the bytes of a file are spoiled, if at all. */
const encoding = fc.oneof(
  { weight: 24, arbitrary: fc.constant('plain') },
  { weight: 3, arbitrary: fc.constantFrom('bom', 'crlf') },
  { weight: 1, arbitrary: fc.constantFrom('latin1', 'nul') },
);

export interface SourceFileSpec {
  readonly folder: readonly string[];
  readonly name: string;
  readonly bytes: Buffer;
}

/** File and folder names: ordinary, reserved on Windows, in other scripts, differing only in case. */
const name = fc.oneof(
  fc.constantFrom('post', 'Post', 'con', 'NUL', 'aux', 'com1', ' spaced ', 'a.b', '-', '_', '🦊', 'שלום', 'Café', 'cafe\u0301', '2024-01-01-dated', '9999-99-99-bad', '%2e%2e', 'a%2Fb'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
).filter((n) => !n.includes('/') && !n.includes('\u0000') && n !== '.' && n !== '..' && Buffer.byteLength(n) <= 200);

const markdownFile = fc
  .record({
    folder: fc.array(name, { maxLength: 2 }),
    name,
    extension: fc.constantFrom('.md', '.markdown', '.MD'),
    frontMatter,
    body,
    encoding,
  })
  .map(({ folder, name: base, extension, frontMatter: head, body: text, encoding: how }): SourceFileSpec => {
    const source = head + text + '\n';
    const bytes =
      how === 'bom'
        ? Buffer.from(`\uFEFF${source}`)
        : how === 'crlf'
          ? Buffer.from(source.replace(/\n/g, '\r\n'))
          : how === 'latin1'
            ? Buffer.concat([Buffer.from(source), Buffer.from([0xe9, 0xff])])
            : how === 'nul'
              ? Buffer.concat([Buffer.from(source), Buffer.from([0])])
              : Buffer.from(source);
    return { folder, name: `${base}${extension}`, bytes };
  });

const staticFile = fc.record({ folder: fc.array(name, { maxLength: 2 }), name, bytes: fc.uint8Array({ maxLength: 16 }).map((b) => Buffer.from(b)) });

const authorsYaml = fc
  .dictionary(fc.oneof(hostileText, fc.string({ maxLength: 8 })), fc.oneof(text, fc.record({ name: text, url: text })), { maxKeys: 3 })
  .map((table) => Buffer.from(stringifyYaml(table)));

/** A whole site folder: posts and pages in nested folders, static files and sometimes an author table. */
export const siteTree = fc.record({
  posts: fc.array(markdownFile, { maxLength: 6 }),
  pages: fc.array(markdownFile, { maxLength: 2 }),
  staticFiles: fc.array(staticFile, { maxLength: 2 }),
  authors: fc.option(authorsYaml, { nil: undefined }),
});

export type SiteTree = typeof siteTree extends fc.Arbitrary<infer T> ? T : never;
