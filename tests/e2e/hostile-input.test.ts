import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHtml } from '../helpers/html.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

/** A memory bound for the whole build: a heap that grew past it would end the process with an error. */
const boundedMemory = { NODE_OPTIONS: '--max-old-space-size=1024' };

/** About 20 MB of Markdown: paragraphs, emphasis, code, links and a heading every ten paragraphs. */
function twentyMegabytes(): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 20 * 1024 * 1024; i++) {
    const part =
      i % 10 === 0
        ? `## Section ${i}\n\nA paragraph with *emphasis*, \`code\` and [a link](https://example.org/${i}).\n\n`
        : `Plain words of a long post, line ${i}, written again and again to reach twenty megabytes.\n\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

describe('odd and hostile posts', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('build correctly, in bounded time and memory: BOM, CRLF, tabs, 20 MB, nesting to the limit, long titles, emoji, RTL', () => {
    const site = path.join(temp.dir, 'odd');
    const posts = path.join(site, 'posts');
    mkdirSync(posts, { recursive: true });
    writeFileSync(path.join(posts, '2024-01-01-bom.md'), '\uFEFF---\ntitle: With a BOM\n---\nBody after a byte order mark.\n');
    writeFileSync(path.join(posts, '2024-01-02-crlf.md'), '---\r\ntitle: Windows line endings\r\ntags: [a, b]\r\n---\r\n# Heading\r\n\r\nA paragraph\r\nover two lines.\r\n');
    writeFileSync(path.join(posts, '2024-01-03-tabs.md'), '---\ntitle: "Tabs\\there"\n---\n\tindented code\n\n-\tlist item after a tab\n');
    writeFileSync(path.join(posts, '2024-01-04-big.md'), `---\ntitle: Twenty megabytes\n---\n${twentyMegabytes()}`);
    writeFileSync(path.join(posts, '2024-01-05-lists.md'), `---\ntitle: Lists\n---\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n\nAfter the lists.\n`);
    writeFileSync(path.join(posts, '2024-01-06-quotes.md'), `---\ntitle: Quotes\n---\n${'>'.repeat(99)} deep\n\nAfter the quotes.\n`);
    const longTitle = `A ${'very '.repeat(20_000)}long title`;
    writeFileSync(path.join(posts, '2024-01-07-long-title.md'), `---\ntitle: "${longTitle}"\n---\nShort body.\n`);
    writeFileSync(path.join(posts, '2024-01-08-emoji.md'), '---\ntitle: "🦊 Fox and שלום עולם and مرحبا"\ntags: ["🦊", "🐺", "שלום", "مرحبا"]\nauthor: "🦊"\n---\nمرحبا بالعالم 🦊\n');

    const started = Date.now();
    const result = runCli(['build', site, '--now', '2025-01-01T00:00:00Z'], { env: boundedMemory });
    expect(result.status, result.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(120_000);
    const out = path.join(site, 'dist');

    expect(readHtml(out, 'posts/bom/index.html').querySelector('h1')?.text).toBe('With a BOM');
    const crlf = readHtml(out, 'posts/crlf/index.html');
    expect(crlf.querySelector('.content h1')?.text).toBe('Heading');
    expect(crlf.querySelector('.content p')?.text).toBe('A paragraph\nover two lines.');
    const tabs = readHtml(out, 'posts/tabs/index.html');
    expect(tabs.querySelector('h1')?.text).toBe('Tabs\there');
    // The HTML parser keeps <pre> contents as text: compare the markup.
    expect(tabs.querySelector('.content pre')?.innerHTML).toBe('<code>indented code\n</code>');
    expect(tabs.querySelector('.content li')?.text).toBe('list item after a tab');
    const big = readFileSync(path.join(out, 'posts/big/index.html'), 'utf8');
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(big).toContain('<h2 id="section-200000">');
    expect(readHtml(out, 'posts/long-title/index.html').querySelector('h1')?.text).toBe(longTitle);
    const emoji = readHtml(out, 'posts/emoji/index.html');
    expect(emoji.querySelector('h1')?.text).toBe('🦊 Fox and שלום עולם and مرحبا');
    const tagLinks = emoji.querySelectorAll('.post-header a[href^="/tags/"]').map((a) => [a.text.trim(), decodeURIComponent(a.getAttribute('href')!)]);
    expect(tagLinks).toEqual([
      ['🦊', '/tags/🦊/'],
      ['🐺', '/tags/🐺/'],
      ['שלום', '/tags/שלום/'],
      ['مرحبا', '/tags/مرحبا/'],
    ]);
    expect(readHtml(out, 'tags/🐺/index.html').querySelector('h1')?.text).toContain('🐺');
    expect(readHtml(out, 'authors/🦊/index.html').querySelector('h1')?.text).toContain('🦊');

    // Nesting up to the limit is rendered whole.
    const lists = readHtml(out, 'posts/lists/index.html');
    expect(lists.querySelectorAll('.content li')).toHaveLength(40);
    expect(lists.querySelector('.content')?.text).toContain('After the lists.');
    const quotes = readHtml(out, 'posts/quotes/index.html');
    expect(quotes.querySelectorAll('.content blockquote')).toHaveLength(99);
    expect(quotes.querySelector('.content')?.text).toContain('After the quotes.');
    expect(result.stderr).toBe('');
  });

  it('that cannot be read or rendered whole give a diagnostic at file:line:col each, never a stack trace', () => {
    const site = path.join(temp.dir, 'broken');
    const posts = path.join(site, 'posts');
    mkdirSync(posts, { recursive: true });
    writeFileSync(path.join(posts, '2024-01-01-fine.md'), '---\ntitle: Fine\n---\nFine.\n');
    writeFileSync(path.join(posts, 'latin1.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
    writeFileSync(path.join(posts, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(posts, 'empty.md'), '');
    writeFileSync(path.join(posts, 'nested.md'), `---\ntitle: Nested\ndate: 2024-01-01\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`);
    writeFileSync(path.join(posts, 'script.md'), '---js\n{ title: (function () { return "ran"; })() }\n---\n');
    writeFileSync(path.join(posts, '2024-01-02-lists.md'), `---\ntitle: Deep lists\n---\nBefore.\n\n${'- '.repeat(10_000)}deep\n\nAfter the lists.\n`);
    writeFileSync(path.join(posts, '2024-01-03-quotes.md'), `---\ntitle: Deep quotes\n---\nBefore.\n\n${'>'.repeat(10_000)} deep\n`);
    const result = runCli(['build', site], { env: boundedMemory });
    expect(result.status).toBe(1);
    const out = result.stderr;
    expect(out).toContain('posts/latin1.md:2:11 error SourceNotUtf8');
    expect(out).toContain('posts/image.md:3:1 error SourceNotText');
    expect(out).toContain('posts/empty.md:1:1 error FrontMatterMissingTitle');
    expect(out).toContain('posts/empty.md:1:1 error FrontMatterMissingDate');
    expect(out).toMatch(/posts\/nested\.md:4:\d+ error FrontMatterInvalidYaml values are nested too deeply/);
    expect(out).toContain('posts/script.md:1:4 error FrontMatterCodeRefused');
    // markdown-it leaves out what is nested past its limit (and, for lists, the rest of the post).
    expect(out).toContain('posts/2024-01-02-lists.md:6:1 error MarkdownNestedTooDeep');
    expect(out).toContain('posts/2024-01-03-quotes.md:6:1 error MarkdownNestedTooDeep');
    expect(out).not.toMatch(/\n\s+at |internal error|\u0000/);
    expect(result.stdout).toContain('Build failed: 8 errors; the output folder was not changed.');
  });
});
