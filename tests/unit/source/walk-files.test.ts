import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { walkFiles } from '../../../src/source/walk-files.js';

describe('walkFiles', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'quire-walk-'));
  const outside = mkdtempSync(path.join(os.tmpdir(), 'quire-walk-outside-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const site = path.join(root, 'site');
  for (const folder of ['posts/b', 'posts/a', 'linked']) mkdirSync(path.join(site, folder), { recursive: true });
  for (const file of ['posts/z.md', 'posts/B.md', 'posts/a/1.md', 'posts/.hidden.md', 'posts/x.md~', 'linked/in.md']) writeFileSync(path.join(site, file), file);
  writeFileSync(path.join(outside, 'secret.md'), 'secret');
  symlinkSync(path.join(site, 'linked'), path.join(site, 'posts/b/folder-link'));
  symlinkSync(path.join(site, 'posts/z.md'), path.join(site, 'posts/file-link.md'));
  symlinkSync(path.join(outside, 'secret.md'), path.join(site, 'posts/outside.md'));

  it('lists the same files, in the same order and with the same warnings, with or without their stats', () => {
    const withStats: Diagnostic[] = [];
    const withoutStats: Diagnostic[] = [];
    const full = walkFiles(path.join(site, 'posts'), site, withStats);
    const bare = walkFiles(path.join(site, 'posts'), site, withoutStats, { stats: false });
    expect(full.map((f) => f.relative)).toEqual(['B.md', 'a/1.md', 'b/folder-link/in.md', 'file-link.md', 'z.md']);
    expect(bare.map((f) => [f.relative, f.absPath])).toEqual(full.map((f) => [f.relative, f.absPath]));
    expect(withoutStats).toEqual(withStats);
    expect(withStats.map((d) => `${d.file} ${d.code}`)).toEqual(['posts/outside.md SymlinkOutsideSite']);
    expect(full.every((f) => f.size > 0 && f.mtimeMs > 0)).toBe(true);
  });
});
