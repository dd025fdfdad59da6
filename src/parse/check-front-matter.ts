import type { FieldSchema, FieldType } from '../config/field-schema.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { suggestClosest } from '../diagnostics/suggest.js';
import type { DateReader } from './dates.js';
import { knownFrontMatterKeys } from './read-source-doc.js';
import type { SourceDoc } from './source-doc.js';

/** Fields the default theme reads without quire interpreting them: typed like declared ones. */
const themeFields: Readonly<Record<string, FieldSchema>> = { toc: { type: 'boolean', required: false } };

const typeNames: Record<FieldType, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date',
  'string[]': 'a list of text values',
};

/**
 * Checks the front matter of posts and pages against the config's `schema:` (and the theme's `toc`):
 * a value of the wrong type is a FrontMatterInvalidType error at the value (at the item, in a list), a
 * required field missing from a post a FrontMatterMissingField error. A key that is neither known nor
 * declared but one letter or two from one (`tittle`, `tag`, `drafts`) is a FrontMatterUnknownKey
 * warning: other unknown keys are the site's own fields, passed to templates.
 */
export function checkFrontMatter(docs: readonly SourceDoc[], declared: Readonly<Record<string, FieldSchema>>, readDate: DateReader): Diagnostic[] {
  const schema = { ...themeFields, ...declared };
  const names = [...knownFrontMatterKeys, ...Object.keys(schema)];
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) {
    const at = (key: string, part: 'key' | 'value' = 'value') => doc.positions.get(key)?.[part] ?? doc.start;
    for (const [key, value] of Object.entries(doc.extra)) {
      const field = schema[key];
      if (field) {
        if (value === null || value === undefined) continue;
        const wrong = findWrongValue(value, field.type, readDate);
        if (wrong) {
          const where = wrong.item === undefined ? key : `${key}.${wrong.item}`;
          diagnostics.push(
            createDiagnostic('error', 'FrontMatterInvalidType', `"${where}" must be ${typeNames[wrong.item === undefined ? field.type : 'string']}`, {
              file: doc.path,
              at: at(where),
              hint: key in declared ? `"${key}" is declared as ${field.type} under schema: in the config` : `"${key}" is read by the theme as ${typeNames[field.type]}`,
            }),
          );
        }
        continue;
      }
      const closest = suggestClosest(key, names, key.length >= 6 ? 2 : 1);
      if (closest === undefined) continue;
      diagnostics.push(
        createDiagnostic('warning', 'FrontMatterUnknownKey', `unknown front-matter key "${key}" (did you mean "${closest}"?)`, {
          file: doc.path,
          at: at(key, 'key'),
          hint: `quire reads "${closest}"; other keys are passed to templates as they are`,
        }),
      );
    }
    if (doc.kind !== 'post') continue;
    for (const [key, field] of Object.entries(declared)) {
      if (!field.required || (doc.extra[key] !== undefined && doc.extra[key] !== null)) continue;
      diagnostics.push(
        createDiagnostic('error', 'FrontMatterMissingField', `post has no "${key}"`, {
          file: doc.path,
          at: doc.start,
          hint: `"${key}" is required by schema: in the config; add a line "${key}: ..." to the front matter`,
        }),
      );
    }
  }
  return diagnostics;
}

/** Why a value does not have the declared type: the whole value, or the index of a list item. */
function findWrongValue(value: unknown, type: FieldType, readDate: DateReader): { item?: number } | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : {};
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : {};
    case 'boolean':
      return typeof value === 'boolean' ? undefined : {};
    case 'date':
      return 'error' in readDate(value) ? {} : undefined;
    case 'string[]': {
      if (!Array.isArray(value)) return {};
      const item = value.findIndex((v) => typeof v !== 'string');
      return item < 0 ? undefined : { item };
    }
  }
}

