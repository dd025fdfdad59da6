import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/load-config.js';
import { buildSite } from '../../../src/model/build-site.js';
import { checkSite } from '../../../src/model/check-site.js';
import { readSourceDoc } from '../../../src/parse/read-source-doc.js';
import type { SourceDoc } from '../../../src/parse/source-doc.js';

const docOf = (path: string, frontMatter: string): SourceDoc =>
  readSourceDoc({ path, absPath: `/site/${path}`, text: `---\n${frontMatter}---\nText.\n` }, 'post', 'UTC', [])!;

const docs = [
  docOf('posts/2025-01-01-a.md', 'title: Same\n'),
  docOf('posts/2025-01-02-b.md', 'title: " same"\n'),
  docOf('posts/2025-03-01-c.md', 'title: C\ndate: 2025-03-01\n'),
];
const siteAt = (future: boolean) =>
  buildSite(docs, {}, resolveConfig('/site', undefined, {}, { future, now: Date.parse('2025-02-01T00:00:00Z') }), []);
const codesOf = (future: boolean, reportFuture: boolean) =>
  checkSite(siteAt(future), { reportFuture }).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe('checkSite', () => {
  it('reports a title used again (ignoring case and spaces) at the later post', () => {
    expect(codesOf(false, true)).toEqual(['posts/2025-01-02-b.md:2:8 DuplicateTitle']);
  });

  it('reports posts published before their date only when --future publishes them in a one-off build', () => {
    expect(codesOf(true, true)).toEqual(['posts/2025-01-02-b.md:2:8 DuplicateTitle', 'posts/2025-03-01-c.md:3:7 FuturePostPublished']);
    expect(codesOf(true, false)).toEqual(['posts/2025-01-02-b.md:2:8 DuplicateTitle']);
  });
});
