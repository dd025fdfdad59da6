import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { KeyPosition } from '../parse/structured-data.js';
import { suggestClosest } from '../diagnostics/suggest.js';
import { readFieldSchema } from './field-schema.js';
import { sitePathProblem } from '../parse/safe-path.js';
import { pluginListProblem } from '../plugins/validate-plugins.js';
import type { UserConfig } from './types.js';

type Check = (value: unknown) => string | undefined;

const isString: Check = (v) => (typeof v === 'string' ? undefined : 'a string');
const isPositiveInteger: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'a whole number above 0';
const isAbsoluteUrl: Check = (v) => {
  if (typeof v !== 'string') return 'an absolute URL such as https://example.org/';
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'an http(s) URL';
  } catch {
    return 'an absolute URL such as https://example.org/';
  }
};
const isTimeZone: Check = (v) => {
  if (typeof v !== 'string') return 'an IANA time zone such as Europe/Paris';
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return undefined;
  } catch {
    return 'an IANA time zone such as Europe/Paris';
  }
};
const isPermalink: Check = (v) => {
  if (typeof v !== 'string' || !v.startsWith('/') || !/:(slug|id)\b/.test(v)) {
    return 'a path pattern starting with / that contains :slug or :id, such as /:year/:slug/';
  }
  // Tokens expand to safe names; the rest of the pattern must be safe folder names on every host.
  const problem = sitePathProblem(v.replace(/:(year|month|day|slug|id)\b/g, 'x'));
  return problem ? `a path that stays inside the output folder (this one ${problem})` : undefined;
};

const isOneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : values.map((x) => `"${x}"`).join(' or ');
const isBoolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'true or false');
const isMapping: Check = (v) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'a mapping of keys to values';

const checks: Record<keyof UserConfig, Check> = {
  title: isString,
  description: isString,
  baseUrl: isAbsoluteUrl,
  author: isString,
  language: isString,
  timezone: isTimeZone,
  perPage: isPositiveInteger,
  permalink: isPermalink,
  feed: isMapping,
  markdown: isMapping,
  schema: isMapping,
  theme: (v) => (typeof v === 'string' && v !== '' ? undefined : 'a folder path or an npm package name'),
  plugins: pluginListProblem,
};

/** Keys inside the config keys that are mappings, checked one by one (`feed.limit`). */
const nestedChecks: Partial<Record<keyof UserConfig, Record<string, Check>>> = {
  feed: { limit: isPositiveInteger, content: isOneOf('full', 'excerpt') },
  markdown: { html: isBoolean },
};

/** The config keys quire knows, in documentation order. */
export const knownConfigKeys = Object.keys(checks) as (keyof UserConfig)[];

/**
 * Checks the keys and value types of a parsed config file. Returns the typed config and one diagnostic
 * per problem, each at the key's line (a code config has no positions: its messages name the key).
 * Only a code config may list plugins.
 */
export function validateUserConfig(
  raw: unknown,
  file: string,
  positions: ReadonlyMap<string, KeyPosition>,
  kind: { code: boolean } = { code: false },
): { config: UserConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (raw === null || raw === undefined) return { config: {}, diagnostics };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    diagnostics.push(
      createDiagnostic('error', 'ConfigInvalid', kind.code ? 'the config file must export an object of keys to values' : 'the config file must hold a mapping of keys to values', {
        file,
        ...(kind.code ? { hint: 'export default defineConfig({ title: "My blog" })' } : { at: { line: 1, column: 1 } }),
      }),
    );
    return { config: {}, diagnostics };
  }
  if (!kind.code && 'plugins' in raw) {
    const position = positions.get('plugins');
    diagnostics.push(
      createDiagnostic('error', 'ConfigPluginsNeedCode', 'plugins can only be listed in a code config', {
        file,
        ...(position ? { at: position.key } : {}),
        hint: 'move the config to quire.config.ts (or .mjs / .js) and import the plugins there',
      }),
    );
    const { plugins: _plugins, ...rest } = raw as Record<string, unknown>;
    raw = rest;
  }
  const config = checkKeys(raw as Record<string, unknown>, checks, '', file, positions, diagnostics);
  return { config: config as UserConfig, diagnostics };
}

/**
 * Checks the keys of one mapping against a table of checks; `prefix` is the dotted path of the mapping
 * (`feed.`), used in messages and to find positions. Mappings with a table in `nestedChecks` are checked
 * key by key in turn. Returns the keys that passed.
 */
function checkKeys(
  raw: Record<string, unknown>,
  table: Readonly<Record<string, Check>>,
  prefix: string,
  file: string,
  positions: ReadonlyMap<string, KeyPosition>,
  diagnostics: Diagnostic[],
): Record<string, unknown> {
  const known = Object.keys(table);
  const config: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const key = prefix + name;
    const position = positions.get(key);
    const check = table[name];
    if (!check) {
      const closest = suggestClosest(name, known);
      diagnostics.push(
        createDiagnostic('error', 'ConfigUnknownKey', `unknown config key "${key}"`, {
          file,
          ...(position ? { at: position.key } : {}),
          hint: closest
            ? `did you mean "${prefix}${closest}"?`
            : `known keys: ${known.map((k) => prefix + k).join(', ')}`,
        }),
      );
      continue;
    }
    const expected = check(value);
    if (expected) {
      diagnostics.push(
        createDiagnostic('error', 'ConfigInvalidValue', `"${key}" must be ${expected}`, {
          file,
          ...(position ? { at: position.value } : {}),
        }),
      );
      continue;
    }
    if (key === 'schema') {
      config[name] = readFieldSchema(value as Record<string, unknown>, file, positions, diagnostics);
      continue;
    }
    const nested = prefix === '' ? nestedChecks[name as keyof UserConfig] : undefined;
    config[name] = nested
      ? checkKeys(value as Record<string, unknown>, nested, `${key}.`, file, positions, diagnostics)
      : value;
  }
  return config;
}
