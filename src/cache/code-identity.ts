import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf } from '../render/fingerprint.js';
import { version } from '../version.js';

/** Packages whose code decides output bytes: a new version of one renders anew. */
const renderingPackages = ['markdown-it', 'markdown-it-footnote', 'markdown-it-task-lists', 'highlight.js', 'handlebars', 'gray-matter', 'yaml', 'smol-toml', 'luxon'];

let known: string | undefined;

/**
 * Identity of the code that turns sources into bytes: quire's version and compiled files, the versions
 * of the packages it renders with, and the Node, ICU and time-zone data versions (dates are formatted
 * with Intl). A persistent cache made by other code is never reused. Computed once per process.
 */
export function codeIdentity(): string {
  if (known !== undefined) return known;
  const libDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const ownCode = readdirSync(libDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts'))
    .sort()
    .map((name) => `${name.split(path.sep).join('/')}\n${readFileSync(path.join(libDir, name), 'utf8')}`);
  const require = createRequire(import.meta.url);
  const packages = renderingPackages.map((name) => `${name}@${packageVersion(require, name)}`);
  const runtime = ['node', 'icu', 'tz', 'unicode'].map((key) => `${key}@${process.versions[key] ?? '-'}`);
  known = fingerprintOf(version, ...runtime, ...packages, ...ownCode);
  return known;
}

function packageVersion(require: NodeJS.Require, name: string): string {
  try {
    // The main file resolves for every package; its package.json is the nearest one above it.
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return manifest.version ?? '?';
      } catch {
        // no package.json here: keep going up
      }
      const parent = path.dirname(dir);
      if (parent === dir) return '?';
      dir = parent;
    }
  } catch {
    return '?';
  }
}
