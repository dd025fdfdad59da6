import type { DocStore } from '../cache/stored-docs.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SiteSources } from '../source/types.js';
import { readDeferredFile } from '../source/discover-sources.js';
import { withBodyOnDisk } from './body-on-disk.js';
import { createDateReader } from './dates.js';
import { readSourceDoc } from './read-source-doc.js';
import type { SourceDoc } from './source-doc.js';

/** A parsed post or page with the text and time zone it was parsed from. */
export interface ParsedDoc {
  readonly text: string;
  readonly timezone: string;
  readonly doc: SourceDoc;
  /** Problems found in a doc that could still be read, reported again whenever it is reused. */
  readonly diagnostics?: readonly Diagnostic[];
}

/**
 * Reads every post and page (see readSourceDoc). A doc parsed before (in `cache`, by a watch session)
 * from the same text in the same time zone is reused instead of being parsed again; `reparsed` names
 * the others.
 */
export function readSourceDocs(
  sources: Pick<SiteSources, 'posts' | 'pages'>,
  timezone: string,
  diagnostics: Diagnostic[],
  cache: Map<string, ParsedDoc> = new Map(),
  /** Leave bodies on disk (see withBodyOnDisk) and fill no cache: a single build's bounded memory. */
  bodiesOnDisk = false,
  /** Docs the persistent cache holds by the hash of their text: those files need not be read at all. */
  store?: DocStore,
): { docs: SourceDoc[]; parsed: Map<string, ParsedDoc>; reparsed: Set<string> } {
  const docs: SourceDoc[] = [];
  const reparsed = new Set<string>();
  // The cache is updated in place (a copy per rebuild costs more than the rebuild on large sites): it
  // holds docs by the text they were parsed from, so it never answers for another text. Entries of
  // files that are gone or failed to parse are dropped at the end.
  const parsed = cache;
  const readDate = createDateReader(timezone);
  for (const [files, kind] of [[sources.posts, 'post'], [sources.pages, 'page']] as const) {
    for (const listed of files) {
      const known = parsed.get(listed.path);
      if (known && known.text === listed.text && known.timezone === timezone && known.doc.kind === kind) {
        diagnostics.push(...(known.diagnostics ?? []));
        docs.push(known.doc);
        continue;
      }
      const storedDoc = store?.lookup(listed);
      if (storedDoc && storedDoc.doc.kind === kind) {
        diagnostics.push(...storedDoc.diagnostics);
        docs.push(storedDoc.doc);
        continue;
      }
      // A listed file is read now: its text lives only while it is parsed.
      const file = listed.deferred ? readDeferredFile(listed, diagnostics) : listed;
      if (!file) continue;
      const before = diagnostics.length;
      const parsedDoc = readSourceDoc(file, kind, timezone, diagnostics, readDate);
      if (!parsedDoc) continue;
      reparsed.add(file.path);
      const doc = (bodiesOnDisk && withBodyOnDisk(parsedDoc, file)) || parsedDoc;
      docs.push(doc);
      store?.keep(doc, file.hash, diagnostics.slice(before));
      if (bodiesOnDisk) continue;
      parsed.set(file.path, { text: file.text, timezone, doc, diagnostics: diagnostics.slice(before) });
    }
  }
  if (parsed.size !== docs.length) {
    const current = new Set(docs.map((doc) => doc.path));
    for (const path of parsed.keys()) if (!current.has(path)) parsed.delete(path);
  }
  return { docs, parsed, reparsed };
}
