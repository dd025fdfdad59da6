import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { suggestClosest } from '../diagnostics/suggest.js';
import { knownFrontMatterKeys } from '../parse/read-source-doc.js';
import type { KeyPosition } from '../parse/structured-data.js';

/** The types a front-matter field may be declared with: `string[]` is a list of strings. */
export const fieldTypes = ['string', 'number', 'boolean', 'date', 'string[]'] as const;
export type FieldType = (typeof fieldTypes)[number];

/** A front-matter field declared under `schema:` in the config: its type, and whether posts must set it. */
export interface FieldSchema {
  readonly type: FieldType;
  readonly required: boolean;
}

/** How a field is declared in the config file: `subtitle: string`, or `series: {type: string, required: true}`. */
export type FieldDeclaration = FieldType | { type: FieldType; required?: boolean };

const declarationKeys = ['type', 'required'];

/**
 * Checks the `schema:` mapping of a config file and returns it with defaults filled in. Each problem is a
 * ConfigInvalidSchema error at its line: an unknown type or key, a built-in field (whose type quire fixes).
 */
export function readFieldSchema(
  raw: Readonly<Record<string, unknown>>,
  file: string,
  positions: ReadonlyMap<string, KeyPosition>,
  diagnostics: Diagnostic[],
): Record<string, FieldSchema> {
  const fail = (key: string, part: 'key' | 'value', message: string, hint: string) => {
    const position = positions.get(key)?.[part];
    diagnostics.push(createDiagnostic('error', 'ConfigInvalidSchema', message, { file, ...(position ? { at: position } : {}), hint }));
  };
  const typeHint = `a type is one of ${fieldTypes.join(', ')} (string[] is a list of strings)`;
  const checkType = (key: string, type: unknown): type is FieldType => {
    if (typeof type === 'string' && (fieldTypes as readonly string[]).includes(type)) return true;
    const closest = typeof type === 'string' ? suggestClosest(type, fieldTypes) : undefined;
    fail(key, 'value', `"${key}" is not a field type${closest ? ` (did you mean ${closest}?)` : ''}`, typeHint);
    return false;
  };
  const schema: Record<string, FieldSchema> = {};
  for (const [name, declaration] of Object.entries(raw)) {
    const key = `schema.${name}`;
    if ((knownFrontMatterKeys as readonly string[]).includes(name)) {
      fail(key, 'key', `"${name}" is a built-in front-matter field: its type is fixed`, 'declare only fields of your own, such as subtitle or series');
      continue;
    }
    if (typeof declaration === 'string' || declaration === null) {
      if (checkType(key, declaration)) schema[name] = { type: declaration, required: false };
      continue;
    }
    if (typeof declaration !== 'object' || Array.isArray(declaration)) {
      fail(key, 'value', `"${key}" must be a type or a mapping with "type" and "required"`, `for example: ${name}: {type: string, required: true}`);
      continue;
    }
    const fields = declaration as Record<string, unknown>;
    const unknown = Object.keys(fields).filter((k) => !declarationKeys.includes(k));
    for (const k of unknown) {
      const closest = suggestClosest(k, declarationKeys);
      fail(`${key}.${k}`, 'key', `unknown key "${key}.${k}"`, closest ? `did you mean "${closest}"?` : 'a field has "type" and "required"');
    }
    const required = fields.required ?? false;
    if (typeof required !== 'boolean') fail(`${key}.required`, 'value', `"${key}.required" must be true or false`, 'required: true makes every post set the field');
    if (!('type' in fields)) fail(key, 'key', `"${key}" has no "type"`, typeHint);
    else if (checkType(`${key}.type`, fields.type) && unknown.length === 0 && typeof required === 'boolean') {
      schema[name] = { type: fields.type, required };
    }
  }
  return schema;
}

/** A checked schema with every field in its long form (`subtitle: string` is not required). */
export function resolveFieldSchema(declared: Readonly<Record<string, FieldDeclaration>>): Record<string, FieldSchema> {
  return Object.fromEntries(
    Object.entries(declared).map(([name, d]) => [name, typeof d === 'string' ? { type: d, required: false } : { type: d.type, required: d.required ?? false }]),
  );
}
