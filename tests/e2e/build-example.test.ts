import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, makeTempDir, readOutput, runCli, type CliResult } from '../helpers/run-cli.js';

describe('quire build examples/blog', () => {
  const temp = makeTempDir();
  let site: string;
  let out: string;
  let result: CliResult;

  beforeAll(() => {
    site = copyExample('blog', temp.dir);
    out = path.join(site, 'dist');
    result = runCli(['build', site]);
  });
  afterAll(() => temp.cleanup());

  it('exits 0 and prints one summary line with pages, posts and time', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^Built \d+ pages \(16 posts, 2 left out \(1 draft, 1 future\)\) in \d+ ms/);
  });

  it('writes post pages at pretty URLs', () => {
    expect(existsSync(path.join(out, 'posts/first-long-run/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'posts/café-crème/index.html'))).toBe(true);
  });

  it('shows calendar dates as written, whatever the time zone', () => {
    const html = readOutput(out, 'posts/café-crème/index.html');
    expect(html).toContain('<time datetime="2024-02-14">February 14, 2024</time>');
  });
});
