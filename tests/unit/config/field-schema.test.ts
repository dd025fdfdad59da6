import { describe, expect, it } from 'vitest';
import { validateUserConfig } from '../../../src/config/validate-config.js';
import { parseStructuredData } from '../../../src/parse/structured-data.js';

function validate(text: string) {
  const parsed = parseStructuredData(text, 'yaml');
  if (!parsed.ok) throw new Error(parsed.message);
  return validateUserConfig(parsed.value, 'quire.config.yaml', parsed.positions);
}

describe('schema: in the config', () => {
  it('reads the short and the long form of a field', () => {
    const { config, diagnostics } = validate('schema:\n  subtitle: string\n  keywords: string[]\n  series: {type: string, required: true}\n');
    expect(diagnostics).toEqual([]);
    expect(config.schema).toEqual({
      subtitle: { type: 'string', required: false },
      keywords: { type: 'string[]', required: false },
      series: { type: 'string', required: true },
    });
  });

  it('reports every problem of the declaration at its line and column', () => {
    const { diagnostics } = validate('title: Notes\nschema:\n  subtitle: strin\n  series: {type: string, requird: true}\n  title: string\n  rating: {required: yes}\n  tags2: [string]\n');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '3:13 ConfigInvalidSchema "schema.subtitle" is not a field type (did you mean string?)',
      '4:26 ConfigInvalidSchema unknown key "schema.series.requird"',
      '5:3 ConfigInvalidSchema "title" is a built-in front-matter field: its type is fixed',
      '6:22 ConfigInvalidSchema "schema.rating.required" must be true or false',
      '6:3 ConfigInvalidSchema "schema.rating" has no "type"',
      '7:10 ConfigInvalidSchema "schema.tags2" must be a type or a mapping with "type" and "required"',
    ]);
  });
});
