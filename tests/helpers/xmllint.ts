import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './run-cli.js';

/** The shared schemas (Atom RELAX NG, sitemaps.org XSD) every developer and CI run has at `../shared`. */
export const schemasDir = process.env.QUIRE_SCHEMAS_DIR ?? path.resolve(repoRoot, '../shared/schemas');

/**
 * Whether schema validation can run here. When xmllint or the schemas are missing it prints why the
 * checks are left out; under CI (`CI` set) it throws instead, so a CI run never passes without them.
 */
export function canValidateXml(): boolean {
  const missing: string[] = [];
  if (spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).error) {
    missing.push('xmllint is not installed (apt-get install -y libxml2-utils)');
  }
  for (const file of ['atom.rng', 'sitemap.xsd']) {
    if (!existsSync(path.join(schemasDir, file))) missing.push(`${path.join(schemasDir, file)} does not exist`);
  }
  if (missing.length === 0) return true;
  const reason = `schema validation left out: ${missing.join('; ')}`;
  if (process.env.CI) throw new Error(`${reason} (CI must run it)`);
  console.warn(reason);
  return false;
}

/** Validates XML text (given on stdin, no temp file) against a schema; returns xmllint's messages. */
export function validateXml(xml: string, schema: { relaxng: string } | { xsd: string }): { ok: boolean; messages: string } {
  const args = 'relaxng' in schema ? ['--relaxng', path.join(schemasDir, schema.relaxng)] : ['--schema', path.join(schemasDir, schema.xsd)];
  const result = spawnSync('xmllint', ['--noout', ...args, '-'], { input: xml, encoding: 'utf8' });
  return { ok: result.status === 0, messages: result.stderr };
}
