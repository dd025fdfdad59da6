import type { Entry } from './types.js';

const shapes = new WeakMap<Entry, string>();

/**
 * What the site's structure reads of an entry: where it is written, its layout, aliases, date, tags
 * and author; not its title, description or body. Two versions of an entry with the same shape sit at
 * the same places of every listing, feed and related-posts list.
 */
export function entryShapeOf(entry: Entry): string {
  let shape = shapes.get(entry);
  if (shape === undefined) {
    shape = JSON.stringify([
      entry.kind,
      entry.sourcePath,
      entry.url,
      entry.outputPath,
      entry.id,
      entry.layout,
      entry.aliases,
      entry.date?.iso,
      entry.updated?.iso,
      entry.tags.map((t) => t.name),
      entry.author?.id,
      entry.author?.name,
    ]);
    shapes.set(entry, shape);
  }
  return shape;
}
