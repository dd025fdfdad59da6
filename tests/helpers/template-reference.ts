/**
 * Reads docs/templates.md. Its tables are machine-readable: each row starts with a variable path (or a
 * helper name) in backticks, and a type that links to a shape (`[Entry](#entry)`) stands for every
 * field of that shape under the row's path.
 */

export interface ReferenceRow {
  readonly path: string;
  /** Anchors of the shapes the row's type links to. */
  readonly shapes: readonly string[];
  /** The type says when the value is null ("..., null when ..."). */
  readonly nullable: boolean;
}

export interface TemplateReference {
  /** Rows of "Every layout". */
  readonly common: readonly ReferenceRow[];
  /** Rows of each "### `name` layout" section, by layout name. */
  readonly layouts: ReadonlyMap<string, readonly ReferenceRow[]>;
  /** Rows of each shape by its heading's anchor (`### Tag ref` is `tag-ref`). */
  readonly shapes: ReadonlyMap<string, readonly ReferenceRow[]>;
  /** Names in the helpers table. */
  readonly helpers: readonly string[];
}

interface Section {
  readonly level: number;
  readonly title: string;
  readonly rows: ReferenceRow[];
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
function anchorOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function readSections(markdown: string): Section[] {
  const sections: Section[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading) {
      sections.push({ level: heading[1]!.length, title: heading[2]!.trim(), rows: [] });
      continue;
    }
    const row = /^\| `([^`]+)` \|([^|]*)\|/.exec(line);
    if (row && sections.length > 0) {
      const shapes = [...row[2]!.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((link) => link[1]!);
      sections[sections.length - 1]!.rows.push({ path: row[1]!, shapes, nullable: /\bnull\b/.test(row[2]!) });
    }
  }
  return sections;
}

export function parseTemplateReference(markdown: string): TemplateReference {
  const sections = readSections(markdown);
  let parent = '';
  const layouts = new Map<string, ReferenceRow[]>();
  const shapes = new Map<string, ReferenceRow[]>();
  let common: ReferenceRow[] = [];
  let helpers: string[] = [];
  for (const section of sections) {
    if (section.level === 2) parent = section.title;
    if (section.title === 'Every layout') common = section.rows;
    if (section.title === 'Helpers') helpers = section.rows.map((row) => row.path);
    const layout = /^`([^`]+)` layout$/.exec(section.title);
    if (section.level === 3 && parent === 'Layouts' && layout) layouts.set(layout[1]!, section.rows);
    if (section.level === 3 && parent === 'Shapes') shapes.set(anchorOf(section.title), section.rows);
  }
  return { common, layouts, shapes, helpers };
}

/**
 * Every variable path the rows document, with the row that documents it, each shape expanded under
 * the path that links to it: `post` of type [Entry](#entry) gives `post.title`, `post.author.name`,
 * ... A link to an unknown shape throws: the reference would be incomplete.
 */
export function documentedPaths(
  reference: TemplateReference,
  rows: readonly ReferenceRow[],
  prefix = '',
  into = new Map<string, ReferenceRow>(),
): Map<string, ReferenceRow> {
  for (const row of rows) {
    const path = prefix ? `${prefix}.${row.path}` : row.path;
    into.set(path, row);
    for (const anchor of row.shapes) {
      const shape = reference.shapes.get(anchor);
      if (!shape) throw new Error(`${path} links to #${anchor}, which is not a shape`);
      if (path.split('.').length > 8) throw new Error(`shape #${anchor} contains itself at ${path}`);
      documentedPaths(reference, shape, path, into);
    }
  }
  return into;
}
