import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHtml } from '../helpers/html.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const post = `---
title: A contribution
date: 2024-05-01
---
Hello <img src=x onerror="alert(1)"> there, <a href="javascript:alert(2)">click</a> and [a link](javascript:alert(3)).

<script>alert(4)</script>

<!-- more -->

More text with <kbd>Ctrl</kbd>.
`;

/** Everything of a built post that could carry HTML from its Markdown: its page and the three feeds. */
function publishedText(out: string): string {
  return ['posts/contribution/index.html', 'feed.xml', 'rss.xml', 'feed.json'].map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
}

describe('raw HTML in Markdown', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  const makeSite = (name: string, config = '') => {
    const site = path.join(temp.dir, name);
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'posts/contribution.md'), post);
    writeFileSync(path.join(site, 'quire.config.yaml'), `title: Safe\n${config}`);
    return site;
  };

  it('is published as written by default, but links with javascript: URLs are never made from Markdown', () => {
    const site = makeSite('trusted');
    const result = runCli(['build', site]);
    expect(result.status, result.stderr).toBe(0);
    const page = readHtml(path.join(site, 'dist'), 'posts/contribution/index.html');
    expect(page.querySelector('.content kbd')?.text).toBe('Ctrl');
    expect(page.querySelector('.content script')).not.toBeNull();
    expect(page.querySelectorAll('.content a').map((a) => a.getAttribute('href'))).not.toContain('javascript:alert(3)');
  });

  for (const [name, config, flags] of [
    ['markdown.html: false', 'markdown:\n  html: false\n', []],
    ['--safe', '', ['--safe']],
    ['--safe over markdown.html: true', 'markdown:\n  html: true\n', ['--safe']],
  ] as const) {
    it(`is dropped from pages and feeds with ${name}`, () => {
      const site = makeSite(name.replace(/[^a-z]+/g, '-'), config);
      const result = runCli(['build', site, ...flags]);
      expect(result.status, result.stderr).toBe(0);
      const out = path.join(site, 'dist');
      const page = readHtml(out, 'posts/contribution/index.html');
      expect(page.querySelectorAll('.content script, .content img, .content kbd, .content a[href^="javascript"]')).toHaveLength(0);
      expect(page.querySelector('.content')?.text).toContain('More text with Ctrl.');
      const published = publishedText(out);
      // The rejected Markdown link stays as plain text; no markup of the raw HTML is left anywhere.
      expect(published).toContain('[a link](javascript:alert(3))');
      expect(published).not.toMatch(/onerror|alert\([124]\)|&lt;script|href=(\\?"|&quot;)javascript/i);
    });
  }

  it('rejects a markdown.html that is not true or false, at its line', () => {
    const site = makeSite('invalid', 'markdown:\n  html: sometimes\n');
    const result = runCli(['build', site]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('quire.config.yaml:3:9 error ConfigInvalidValue "markdown.html" must be true or false');
  });
});
