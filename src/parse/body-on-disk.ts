import { BuildAbort, createDiagnostic } from '../diagnostics/diagnostic.js';
import { fingerprintOf } from '../render/fingerprint.js';
import type { SourceFile } from '../source/types.js';
import { readTextFile } from '../source/read-text-file.js';
import { ownString } from './own-string.js';
import type { SourceDoc } from './source-doc.js';

/** Where a doc's body is in its file: after `lead` blank lines, the file's last `tailLength` characters. */
export interface BodyOnDisk {
  readonly lead: number;
  readonly tailLength: number;
  readonly bodyHash: string;
}

/**
 * The doc with its body left on disk: read again from the file when rendering asks for it, so that a
 * build keeps the front matter of every post in memory but only the body it is rendering. The body is
 * the file's tail after blank lines standing for the front matter; the hash of the body parsed is kept,
 * and a file changed since it was parsed stops the build instead of mixing two versions. Undefined when
 * the body may not be such a tail (line ends were made LF): it then stays in memory.
 */
export function withBodyOnDisk(doc: SourceDoc, file: SourceFile): SourceDoc | undefined {
  const body = doc.body;
  let lead = 0;
  while (lead < body.length && body.charCodeAt(lead) === 10) lead++;
  const tailLength = body.length - lead;
  // The parser makes a body of blank lines and the file's text after the front matter, except where it
  // made line ends LF. Comparing whole bodies would cost a copy of each; re-reading checks the hash.
  if (tailLength > file.text.length || file.text.includes('\r')) return undefined;
  const { body: _body, ...fields } = doc;
  return docWithBodyOnDisk(detached(fields), { lead, tailLength, bodyHash: fingerprintOf(body) }, file);
}

/** A doc's fields with its body read from `file` when asked for (see withBodyOnDisk). */
export function docWithBodyOnDisk(fields: Omit<SourceDoc, 'body'>, shape: BodyOnDisk, file: Pick<SourceFile, 'absPath' | 'path'>): SourceDoc {
  const { lead, tailLength, bodyHash } = shape;
  const lean = { ...fields, bodyHash } as SourceDoc;
  bodyShapes.set(lean, shape);
  // Not `file`: its text would stay alive with the doc.
  const { absPath, path } = file;
  Object.defineProperty(lean, 'body', {
    enumerable: true,
    get: () => {
      const text = readTextFile(absPath, path, []) ?? '';
      const again = '\n'.repeat(lead) + text.slice(Math.max(0, text.length - tailLength));
      if (fingerprintOf(again) !== bodyHash) throw changedDuringBuild(path);
      return again;
    },
  });
  return lean;
}

/** How a doc's body was left on disk, for storing it (see docWithBodyOnDisk). */
export function bodyOnDiskOf(doc: SourceDoc): BodyOnDisk | undefined {
  return bodyShapes.get(doc);
}

const bodyShapes = new WeakMap<SourceDoc, BodyOnDisk>();

function changedDuringBuild(file: string): BuildAbort {
  return new BuildAbort([
    createDiagnostic('error', 'SourceChangedDuringBuild', 'the file changed while the site was being built', {
      file,
      hint: 'build again once the file is saved',
    }),
  ]);
}

/**
 * A copy of the doc's values whose strings are new: values parsed from front matter are slices of the
 * text it was read with, which holds many files' texts at once (see readTextFiles), and a slice keeps
 * that whole string alive for as long as the doc lives. Objects other than arrays, maps and plain
 * objects (a TOML date) hold no such string and are kept as they are.
 */
function detached<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(detached) as T;
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [detached(key), detached(item)])) as T;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, detached(item)])) as T;
}
