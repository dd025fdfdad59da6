import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { discoverSources, readDeferredFile } from '../../../src/source/discover-sources.js';

describe('posts listed, and read when parsed', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'quire-deferred-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(path.join(site, 'posts'));
  mkdirSync(path.join(site, 'data'));
  const post = path.join(site, 'posts', 'a.md');
  writeFileSync(post, '---\ntitle: A\n---\nBody.\n');
  writeFileSync(path.join(site, 'posts', 'bad.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
  writeFileSync(path.join(site, 'data', 'authors.yaml'), 'ann: {name: Ann}\n');

  it('are listed with size and time, read one at a time, and lose a hash their file no longer has', async () => {
    const config = await loadConfig(site);
    const diagnostics: Diagnostic[] = [];
    const sources = discoverSources(config, diagnostics, undefined, { known: (file) => (file === 'posts/a.md' ? 'stamped' : undefined), defer: true });
    expect(diagnostics).toEqual([]);
    const [a, bad] = sources.posts;
    expect(a).toMatchObject({ path: 'posts/a.md', deferred: true, hash: 'stamped', size: 23 });
    expect(bad).toMatchObject({ path: 'posts/bad.md', deferred: true, hash: undefined });
    // Data files are few and always read.
    expect(sources.data[0]).toMatchObject({ path: 'data/authors.yaml', text: 'ann: {name: Ann}\n' });

    expect(readDeferredFile(a!, diagnostics)).toMatchObject({ text: '---\ntitle: A\n---\nBody.\n', hash: 'stamped' });
    expect(readDeferredFile(bad!, diagnostics)).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['posts/bad.md SourceNotUtf8']);

    writeFileSync(post, '---\ntitle: A\n---\nBody, edited.\n');
    utimesSync(post, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    expect(readDeferredFile(a!, diagnostics)).toMatchObject({ text: '---\ntitle: A\n---\nBody, edited.\n', hash: undefined });
  });
});
