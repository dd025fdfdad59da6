import type { MarkdownOptions } from '../parse/markdown.js';
import type { RenderedBody } from '../render/render-markdown-body.js';

/** What every render worker of one build receives once, when it starts. */
export interface WorkerSetup {
  readonly markdown: MarkdownOptions;
  /** The site's base path, as links to root-relative paths need it. */
  readonly basePath: string;
  /** The href of every published post and page by source path: what a `.md` link resolves to. */
  readonly hrefs: ReadonlyMap<string, string>;
}

/** One Markdown body to render, named by the site-relative path of its file. */
export interface BodyTask {
  readonly sourcePath: string;
  readonly body: string;
}

/**
 * What became of one body in a worker: rendered, or failed. A failed body is rendered again on the main
 * thread, which meets the same problem and reports it as a build without workers would.
 */
export type BodyOutcome = RenderedBody | { readonly failed: string };
