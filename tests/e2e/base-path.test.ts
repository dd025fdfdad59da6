import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildExample, makeTempDir } from '../helpers/run-cli.js';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

describe('a site under a base path (--base-url https://someone.github.io/blog/)', () => {
  const temp = makeTempDir();
  let out: string;
  beforeAll(() => {
    out = buildExample('blog', temp.dir, ['--base-url', 'https://someone.github.io/blog/']);
  });
  afterAll(() => temp.cleanup());

  it('has no internal link, image, stylesheet or redirect that escapes /blog/', () => {
    const escaping: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(out)) {
      const root = parse(readFileSync(file, 'utf8'));
      const refs = [
        ...root.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
        ...root.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
        ...root.querySelectorAll('meta[http-equiv="refresh"]').map((el) => el.getAttribute('content')!.replace(/^0; url=/, '')),
      ];
      for (const ref of refs) {
        checked++;
        const internalAbsolute = ref.startsWith('https://someone.github.io/');
        const rootRelative = ref.startsWith('/') && !ref.startsWith('//');
        if ((rootRelative && !ref.startsWith('/blog/')) || (internalAbsolute && !ref.startsWith('https://someone.github.io/blog/'))) {
          escaping.push(`${path.relative(out, file)}: ${ref}`);
        }
      }
    }
    // Every page was looked at: the check cannot pass on an empty or link-less site.
    expect(checked).toBeGreaterThan(1000);
    expect(escaping).toEqual([]);
  });

  it('rewrites root-relative links and images in Markdown under the base path', () => {
    const html = readFileSync(path.join(out, 'posts/ten-minutes-with-a-stovetop-kettle/index.html'), 'utf8');
    expect(html).toContain('src="/blog/images/kettle.svg"');
    const running = readFileSync(path.join(out, 'posts/running-through-the-dark-months/index.html'), 'utf8');
    expect(running).toContain('href="/blog/posts/first-long-run/#what-i-would-change"');
  });

  it('makes canonical URLs absolute under the base path', () => {
    const root = parse(readFileSync(path.join(out, 'posts/first-long-run/index.html'), 'utf8'));
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://someone.github.io/blog/posts/first-long-run/');
  });
});
