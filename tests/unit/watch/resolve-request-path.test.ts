import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../../src/watch/resolve-request-path.js';
import { makeTempDir } from '../../helpers/run-cli.js';

describe('resolveRequestPath', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const root = path.join(temp.dir, 'dist');
  mkdirSync(path.join(root, 'posts/café'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), 'home');
  writeFileSync(path.join(root, 'posts/café/index.html'), 'post');
  writeFileSync(path.join(temp.dir, 'secret.txt'), 'secret');
  symlinkSync(path.join(temp.dir, 'secret.txt'), path.join(root, 'link.txt'));

  it('serves pretty URLs and percent-encoded names', () => {
    expect(resolveRequestPath(root, '/')).toMatchObject({ kind: 'file', file: expect.stringMatching(/index\.html$/) });
    expect(resolveRequestPath(root, '/posts/caf%C3%A9/?x=1')).toMatchObject({ kind: 'file', file: expect.stringContaining('café') });
    expect(resolveRequestPath(root, '/posts/caf%C3%A9')).toEqual({ kind: 'redirect', location: '/posts/caf%C3%A9/' });
    expect(resolveRequestPath(root, '/nope/')).toEqual({ kind: 'not-found' });
  });

  it('never reads outside the output folder', () => {
    for (const attack of ['/../secret.txt', '/%2e%2e/secret.txt', '/posts/%2E%2E/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/a\\..\\secret.txt', '/link.txt', '/%ff']) {
      expect(resolveRequestPath(root, attack).kind, attack).toMatch(/forbidden|not-found/);
    }
    expect(resolveRequestPath(root, '/link.txt').kind).toBe('forbidden');
  });

  it('serves a site under a base path and redirects the root to it', () => {
    expect(resolveRequestPath(root, '/blog/', '/blog/')).toMatchObject({ kind: 'file' });
    expect(resolveRequestPath(root, '/', '/blog/')).toEqual({ kind: 'redirect', location: '/blog/' });
    expect(resolveRequestPath(root, '/other/', '/blog/')).toEqual({ kind: 'not-found' });
  });
});
