import { readFileSync } from 'node:fs';

/** quire's version, from its package.json. Part of every fingerprint: a new version renders anew. */
export const version: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
