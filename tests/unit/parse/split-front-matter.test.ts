import { fc, test } from '@fast-check/vitest';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { splitYamlFile } from '../../../src/parse/split-front-matter.js';

/** The engine stands for any parser: it records the block it was given. */
const engine = (block: string) => ({ block });

function withGrayMatter(source: string) {
  const file = matter(source, { language: 'yaml', delimiters: '---', engines: { yaml: engine } } as Parameters<typeof matter>[1]);
  return { data: file.data, matter: file.matter, content: file.content };
}

/** Pieces of files that open, close or look like front matter. */
const piece = fc.constantFrom('---', '---\n', '\n---', '\n---\n', '----', '---x', '\n', '\r\n', '\r', '\uFEFF', 'title: A', '# note', '  # note', 'body', ' ', '+++', '---json\n', '---js\n');
const file = fc.tuple(fc.boolean(), fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 10 })).map(([open, parts]) => (open ? '---\n' : '') + parts.join(''));

describe('splitYamlFile', () => {
  it('splits the usual file as gray-matter does', () => {
    expect(splitYamlFile('---\ntitle: A\n---\nbody\n', engine)).toEqual({ data: { block: '\ntitle: A' }, matter: '\ntitle: A', content: 'body\n' });
  });

  it('gives no data for a block of comments and blank lines, and leaves other files to gray-matter', () => {
    expect(splitYamlFile('---\n# only a note\n\n---\nbody', engine)?.data).toEqual({});
    expect(splitYamlFile('+++\ntitle = "T"\n+++\n', engine)).toBeUndefined();
    expect(splitYamlFile('---json\n{}\n---\n', engine)).toBeUndefined();
    expect(splitYamlFile('no front matter', engine)).toBeUndefined();
  });

  test.prop([file])('answers, when it does, exactly what gray-matter answers', (source) => {
    const split = splitYamlFile(source, engine);
    if (split) expect(split).toEqual(withGrayMatter(source));
  });
});
