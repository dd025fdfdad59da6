import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { bodyOnDiskOf, docWithBodyOnDisk, type BodyOnDisk } from '../parse/body-on-disk.js';
import type { SourceDoc } from '../parse/source-doc.js';
import { CompactPositions, type FlatPositions } from '../parse/compact-positions.js';
import type { SourceFile } from '../source/types.js';

/**
 * A parsed post or page as the cache keeps it, by the hash of the text it was parsed from: its fields
 * in order (a field without a value as `[key]`), its key positions as flat numbers, where its body is
 * in the file, and the problems found while parsing it.
 */
export interface StoredDoc {
  readonly path: string;
  readonly hash: string;
  readonly fields: readonly (readonly [string, unknown?])[];
  readonly positions: FlatPositions;
  readonly body: BodyOnDisk;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parsed docs of the last build, and the ones of this build for the next. */
export interface DocStore {
  /** The doc stored for this file's text, made again with its body on disk. */
  readonly lookup: (file: SourceFile) => { doc: SourceDoc; diagnostics: readonly Diagnostic[] } | undefined;
  /** Keeps a doc parsed now, when it can be stored: body on disk and values JSON can hold. */
  readonly keep: (doc: SourceDoc, hash: string | undefined, diagnostics: readonly Diagnostic[]) => void;
  /** Every doc of this build, by path (the cache's log writes only those that differ from the stored ones). */
  readonly current: () => ReadonlyMap<string, StoredDoc>;
}

/** `stored`: the docs of the last build, by path. */
export function createDocStore(stored: ReadonlyMap<string, StoredDoc>): DocStore {
  const current = new Map<string, StoredDoc>();
  const storedFor = (file: SourceFile) => {
    const doc = stored.get(file.path);
    return doc && file.hash !== undefined && doc.hash === file.hash ? doc : undefined;
  };
  return {
    lookup: (file) => {
      const doc = storedFor(file);
      if (!doc) return undefined;
      current.set(doc.path, doc);
      return { doc: docWithBodyOnDisk(fieldsOf(doc), doc.body, file), diagnostics: doc.diagnostics };
    },
    keep: (doc, hash, diagnostics) => {
      const body = bodyOnDiskOf(doc);
      const fields = Object.entries(doc).filter(([key]) => key !== 'body' && key !== 'positions');
      if (!body || hash === undefined || !fields.every(([, value]) => isJsonSafe(value))) return;
      current.set(doc.path, {
        path: doc.path,
        hash,
        fields: fields.map(([key, value]) => (value === undefined ? [key] : [key, value])),
        positions: CompactPositions.of(doc.positions).flatten(),
        body,
        diagnostics,
      });
    },
    current: () => current,
  };
}

function fieldsOf(stored: StoredDoc): Omit<SourceDoc, 'body'> {
  const positions = CompactPositions.fromFlat(stored.positions);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of stored.fields) fields[key] = value;
  fields.positions = positions;
  return fields as unknown as Omit<SourceDoc, 'body'>;
}

/** Values JSON gives back as they were: no dates (a TOML date), no non-finite numbers, no class instances. */
function isJsonSafe(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => item !== undefined && isJsonSafe(item));
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isJsonSafe);
}
