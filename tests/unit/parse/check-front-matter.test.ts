import { describe, expect, it } from 'vitest';
import { resolveFieldSchema } from '../../../src/config/field-schema.js';
import { checkFrontMatter } from '../../../src/parse/check-front-matter.js';
import { createDateReader } from '../../../src/parse/dates.js';
import { readSourceDoc } from '../../../src/parse/read-source-doc.js';
import type { SourceDoc } from '../../../src/parse/source-doc.js';

function docOf(path: string, frontMatter: string, kind: SourceDoc['kind'] = 'post'): SourceDoc {
  const doc = readSourceDoc({ path, absPath: `/site/${path}`, text: `---\n${frontMatter}---\nText.\n` }, kind, 'UTC', []);
  if (!doc) throw new Error(`${path} did not parse`);
  return doc;
}

const schema = resolveFieldSchema({ rating: 'number', reviewed: 'date', featured: 'boolean', keywords: 'string[]', series: { type: 'string', required: true } });
const check = (docs: SourceDoc[]) =>
  checkFrontMatter(docs, schema, createDateReader('UTC')).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);

describe('checkFrontMatter', () => {
  it('reports each value of the wrong type at its line, and a required field missing from a post', () => {
    const bad = docOf('posts/2025-01-01-a.md', 'title: A\nrating: 4.5x\nreviewed: 2025-02-30\nfeatured: "yes"\nkeywords: [a, [b]]\n');
    const good = docOf('posts/2025-01-02-b.md', 'title: B\nrating: 4.5\nreviewed: 2025-02-03 10:00\nfeatured: false\nkeywords: [a, b]\nseries: One\nsubtitle:\n');
    const page = docOf('pages/about.md', 'title: About\n', 'page');
    expect(check([bad, good, page])).toEqual([
      'posts/2025-01-01-a.md:3:9 error FrontMatterInvalidType "rating" must be a number',
      'posts/2025-01-01-a.md:4:11 error FrontMatterInvalidType "reviewed" must be a date',
      'posts/2025-01-01-a.md:5:11 error FrontMatterInvalidType "featured" must be true or false',
      'posts/2025-01-01-a.md:6:15 error FrontMatterInvalidType "keywords.1" must be text',
      'posts/2025-01-01-a.md:1:1 error FrontMatterMissingField post has no "series"',
    ]);
  });

  it('warns about keys a letter or two from a known or declared one, and lets other keys of the site pass', () => {
    const doc = docOf('posts/2025-01-03-c.md', 'title: C\nseries: One\nserie: x\nTags: [a]\nimg: x.png\nby: me\nsummary: s\nsubtitle: t\n');
    expect(check([doc])).toEqual([
      'posts/2025-01-03-c.md:4:1 warning FrontMatterUnknownKey unknown front-matter key "serie" (did you mean "series"?)',
      'posts/2025-01-03-c.md:5:1 warning FrontMatterUnknownKey unknown front-matter key "Tags" (did you mean "tags"?)',
    ]);
  });
});
