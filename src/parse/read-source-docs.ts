import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SiteSources } from '../source/types.js';
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
 * Reads every post and page (see readSourceDoc). A doc parsed before (`previous`, by a watch session)
 * from the same text in the same time zone is reused instead of being parsed again.
 */
export function readSourceDocs(
  sources: Pick<SiteSources, 'posts' | 'pages'>,
  timezone: string,
  diagnostics: Diagnostic[],
  previous?: ReadonlyMap<string, ParsedDoc>,
): { docs: SourceDoc[]; parsed: Map<string, ParsedDoc> } {
  const docs: SourceDoc[] = [];
  const parsed = new Map<string, ParsedDoc>();
  for (const [files, kind] of [[sources.posts, 'post'], [sources.pages, 'page']] as const) {
    for (const file of files) {
      const known = previous?.get(file.path);
      if (known && known.text === file.text && known.timezone === timezone && known.doc.kind === kind) {
        diagnostics.push(...(known.diagnostics ?? []));
        docs.push(known.doc);
        parsed.set(file.path, known);
        continue;
      }
      const before = diagnostics.length;
      const doc = readSourceDoc(file, kind, timezone, diagnostics);
      if (!doc) continue;
      docs.push(doc);
      parsed.set(file.path, { text: file.text, timezone, doc, diagnostics: diagnostics.slice(before) });
    }
  }
  return { docs, parsed };
}
