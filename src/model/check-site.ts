import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Post, Site } from './types.js';

/**
 * Warnings about the published site as a whole: two posts with the same title (DuplicateTitle, at
 * each later one by source path), and, when `future` posts are published on purpose by a one-off
 * build, each post dated after "now" (FuturePostPublished): `--future` is meant for previews, and a
 * site deployed with it shows posts before their date. Posts left out because they are scheduled
 * are not reported: that is what a future date is for.
 */
export function checkSite(site: Site, options: { readonly reportFuture: boolean }): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstByTitle = new Map<string, Post>();
  for (const post of [...site.posts].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0))) {
    const title = post.title.normalize('NFC').trim().toLowerCase();
    const first = firstByTitle.get(title);
    if (!first) {
      firstByTitle.set(title, post);
      continue;
    }
    diagnostics.push(
      createDiagnostic('warning', 'DuplicateTitle', `title "${post.title}" is also the title of ${first.sourcePath}`, {
        file: post.sourcePath,
        at: post.doc.positions.get('title')?.value ?? post.doc.start,
        hint: 'readers tell posts apart by their titles in listings, feeds and search results: give each its own',
      }),
    );
  }
  if (!options.reportFuture || !site.config.future) return diagnostics;
  for (const post of site.posts) {
    if (post.date.ms <= site.config.now) continue;
    diagnostics.push(
      createDiagnostic('warning', 'FuturePostPublished', `post is dated ${post.date.iso}, after now, and is published only because of --future`, {
        file: post.sourcePath,
        at: post.doc.positions.get('date')?.value ?? post.doc.start,
        hint: 'without --future it is left out until its date; use --future to preview, not to publish',
      }),
    );
  }
  return diagnostics;
}
