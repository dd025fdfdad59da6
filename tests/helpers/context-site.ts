import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Front-matter keys of the site's own that the context site sets: templates see them as `post.<key>`. */
export const siteOwnFrontMatter = { subtitle: 'Notes from the allotment', toc: true } as const;

/** What one page's layout received, as the capturing theme wrote it. */
export interface CapturedContext {
  readonly layout: string;
  readonly context: Record<string, unknown>;
}

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/**
 * Writes a small site that uses everything a layout can show (every front-matter field, an author from
 * `data/authors.yaml`, tags, related posts, a page, two pages of pagination, aliases), whose layouts
 * each write the whole context they receive as JSON. A plugin helper does the writing: unlike `json`,
 * it keeps keys whose value is undefined, so that a value that is only sometimes set is still seen.
 */
export function writeContextSite(site: string, layouts: readonly string[]): void {
  write(
    site,
    'quire.config.mjs',
    `const keepUndefined = (key, value) => (value === undefined ? null : value);
export default {
  title: 'Plot Notes',
  description: 'A gardening blog.',
  baseUrl: 'https://example.org/blog/',
  author: 'mei',
  perPage: 2,
  plugins: [{
    name: 'capture',
    helpers: { capture: (layout, options) => JSON.stringify({ layout, context: options.data.root }, keepUndefined) },
  }],
};
`,
  );
  write(site, 'data/authors.yaml', 'mei:\n  name: Mei Hartley\n  bio: Gardener.\n  url: https://mei.example.net/\n  avatar: /images/mei.svg\n');
  write(site, 'static/images/mei.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  write(site, 'static/images/cover.png', 'png');
  const own = Object.entries(siteOwnFrontMatter).map(([key, value]) => `${key}: ${value}`).join('\n');
  write(
    site,
    'posts/2025-03-01-compost.md',
    `---\ntitle: Compost\ndate: 2025-03-01 08:30\nupdated: 2025-03-05\nauthor: mei\ntags: [soil, notes]\ndescription: Heaps.\nslug: compost-heaps\nimage: /images/cover.png\nid: AbCdEfGh12\naliases: [/2019/compost/]\n${own}\n---\nIntro.\n\n<!-- more -->\n\n## Setup\n\nText.\n`,
  );
  write(site, 'posts/2025-02-01-seeds.md', `---\ntitle: Seeds\ntags: [soil]\n${own}\n---\nSow.\n`);
  write(site, 'posts/2025-01-01-tools.md', `---\ntitle: Tools\ntags: notes\nauthor: Sam Rowe\n${own}\n---\nSpades.\n`);
  write(
    site,
    'pages/about.md',
    `---\ntitle: About\ndescription: Who writes here.\nauthor: mei\ntags: [notes]\naliases: [/about-us/]\n${own}\n---\n## Us\n\nHello.\n`,
  );
  for (const layout of layouts) write(site, `templates/layouts/${layout}.hbs`, `{{{capture "${layout}"}}}`);
}

/** Every context captured in a built output folder. */
export function readCapturedContexts(outDir: string): CapturedContext[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as CapturedContext);
}

/**
 * The variable paths of a template context: `post.title`, `posts[].tags[].url`. Lists contribute the
 * paths of their items; `opaque` paths hold user-defined values and are not walked into; keys of the
 * site's own front matter in a post or page (an object with a `sourcePath`) are named `<key>`.
 */
export function collectKeyPaths(
  value: unknown,
  opaque: ReadonlySet<string>,
  ownKeys: ReadonlySet<string>,
  prefix = '',
  into = new Set<string>(),
): Set<string> {
  if (opaque.has(prefix) || value === null || typeof value !== 'object') return into;
  if (Array.isArray(value)) {
    for (const item of value) collectKeyPaths(item, opaque, ownKeys, prefix, into);
    return into;
  }
  const isEntry = 'sourcePath' in value;
  for (const [key, child] of Object.entries(value)) {
    const name = isEntry && ownKeys.has(key) ? '<key>' : key;
    const itemPath = `${prefix ? `${prefix}.` : ''}${name}${Array.isArray(child) ? '[]' : ''}`;
    into.add(itemPath);
    if (name !== '<key>') collectKeyPaths(child, opaque, ownKeys, itemPath, into);
  }
  return into;
}
