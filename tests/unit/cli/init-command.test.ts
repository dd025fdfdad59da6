import { describe, expect, it } from 'vitest';
import { formatInitReport, quoteForShell } from '../../../src/cli/init-command.js';

describe('formatInitReport', () => {
  it('lists the files, then cd into the site and the next commands', () => {
    const lines = formatInitReport('my blog', ['quire.config.yaml', 'posts/2026-11-27-hello-world.md']);
    expect(lines.slice(0, 4)).toEqual(['Created a new site in my blog:', '  quire.config.yaml', '  posts/2026-11-27-hello-world.md', '']);
    expect(lines[5]).toBe("  cd 'my blog'");
    expect(lines.slice(6).map((l) => l.trim().split(/\s+#/)[0]!.trim())).toEqual([
      'npx quire build',
      'npx quire serve',
      'npx quire new "My first post"',
    ]);
  });
  it('leaves out cd for the current folder', () => {
    expect(formatInitReport('.', []).some((l) => l.includes('cd '))).toBe(false);
  });
});

describe('quoteForShell', () => {
  it('leaves plain paths alone and single-quotes the rest', () => {
    expect(quoteForShell('sites/my-blog')).toBe('sites/my-blog');
    expect(quoteForShell("Ada's blog")).toBe(`'Ada'\\''s blog'`);
  });
});
