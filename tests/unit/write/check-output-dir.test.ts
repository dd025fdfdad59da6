import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildAbort } from '../../../src/diagnostics/diagnostic.js';
import { checkOutputDir } from '../../../src/write/check-output-dir.js';
import { makeTempDir } from '../../helpers/run-cli.js';

/** The diagnostic a refused output folder gives, or 'accepted'. */
function check(outDir: string, siteDir: string, force = false): string {
  try {
    checkOutputDir({ outDir, siteDir, force });
    return 'accepted';
  } catch (error) {
    if (!(error instanceof BuildAbort)) throw error;
    expect(error.exitCode).toBe(2);
    return `${error.diagnostics[0]?.code} ${error.diagnostics[0]?.message}`;
  }
}

describe('checkOutputDir', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = path.join(temp.dir, 'site');
  mkdirSync(path.join(site, 'posts'), { recursive: true });
  mkdirSync(path.join(site, 'static'), { recursive: true });
  writeFileSync(path.join(temp.dir, 'notes.txt'), 'mine');

  it('refuses the site folder, a folder containing it, the root and the home folder, even with force', () => {
    expect(check(site, site, true)).toBe(`OutputDirUnsafe refusing to use ${site} as the output folder: it is the site folder`);
    expect(check(temp.dir, site, true)).toMatch(/: it contains the site folder$/);
    expect(check(path.parse(site).root, site, true)).toMatch(/: it is the root of the file system$/);
    expect(check(os.homedir(), path.join(temp.dir, 'elsewhere'), true)).toMatch(/: it is your home folder$/);
  });

  it("refuses folders inside the site's sources and files, even with force", () => {
    expect(check(path.join(site, 'posts'), site, true)).toMatch(/inside the site's posts\/ folder, which quire reads$/);
    expect(check(path.join(site, 'static/dist'), site, true)).toMatch(/inside the site's static\/ folder/);
    expect(check(path.join(temp.dir, 'notes.txt'), site, true)).toMatch(/: it is a file, not a folder$/);
  });

  it('refuses a non-empty folder without its marker unless forced; accepts its own, empty and new folders', () => {
    const foreign = path.join(temp.dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'a.txt'), '');
    expect(check(foreign, site)).toBe(`OutputDirNotOurs refusing to replace ${foreign}: it holds files that quire did not write`);
    expect(check(foreign, site, true)).toBe('accepted');
    const own = path.join(temp.dir, 'own');
    mkdirSync(own);
    writeFileSync(path.join(own, 'index.html'), '');
    writeFileSync(path.join(own, '.quire-output'), '');
    expect(check(own, site)).toBe('accepted');
    const litter = path.join(temp.dir, 'litter');
    mkdirSync(litter);
    writeFileSync(path.join(litter, '.DS_Store'), '');
    expect(check(litter, site)).toBe('accepted');
    expect(check(path.join(temp.dir, 'new'), site)).toBe('accepted');
    expect(check(path.join(site, 'dist'), site)).toBe('accepted');
  });
});
