import { createHash } from 'node:crypto';
import { configText } from '../config/config-text.js';
import type { ResolvedConfig } from '../config/types.js';
import type { SiteSources, SourceFile, ThemeFile } from '../source/types.js';
import { textHash } from '../source/source-stamps.js';
import { codeIdentity } from './code-identity.js';

/**
 * One hash of everything a build reads: the code, the config, and every post, page, data file and
 * template by path (templates by name) and the hash of its text (known from its stamp, or hashed now). Static files and theme assets count by path, size and time (they are
 * copied, not read): a changed time only means the digest differs and the build does its work.
 */
export function inputsDigest(config: ResolvedConfig, sources: SiteSources): string {
  const digest = createHash('sha1');
  digest.update(`${codeIdentity()}\0${configText(config)}\0`);
  const named = (file: SourceFile) => ('name' in file ? `${(file as ThemeFile).origin}:${(file as ThemeFile).name}` : file.path);
  for (const group of [sources.posts, sources.pages, sources.data, sources.theme]) {
    digest.update(`\0group ${group.length}\0`);
    for (const file of group) digest.update(`${named(file)}\0${file.hash ?? textHash(file.text)}\0`);
  }
  for (const group of [sources.staticFiles, sources.themeAssets]) {
    digest.update(`\0group ${group.length}\0`);
    for (const file of group) digest.update(`${file.path}\0${file.outputPath}\0${file.size}\0${file.mtimeMs}\0`);
  }
  return digest.digest('base64url');
}
