import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { repoRoot } from './run-cli.js';

let validate: ValidateFunction | undefined;

/** Validates a value against `schema/build-report.schema.json`; returns ajv's errors as text ('' when valid). */
export function checkReport(report: unknown): string {
  // strict: a schema keyword ajv does not know, or a required field with no definition, is an error too.
  validate ??= new Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(path.join(repoRoot, 'schema/build-report.schema.json'), 'utf8')) as object,
  );
  return validate(report) ? '' : JSON.stringify(validate.errors, null, 2);
}
