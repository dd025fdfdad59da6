import type { MarkdownContext, MarkdownRenderer, RenderedMarkdown } from '../parse/markdown.js';

/** Every source path a body linked to, in the order rendering asked, with the href it resolved to. */
export type LinkLookups = [source: string, href: string | undefined][];

/** One body's rendered Markdown and the link lookups made while rendering it. */
export interface RenderedBody {
  readonly rendered: RenderedMarkdown;
  readonly links: LinkLookups;
}

/**
 * Renders one Markdown body, recording every source-path link it resolves: a later build may reuse the
 * HTML only while each of those links still leads to the same URL. The main thread and the render
 * workers both go through here, so their results cannot drift apart.
 */
export function renderMarkdownBody(markdown: MarkdownRenderer, body: string, context: MarkdownContext): RenderedBody {
  const links: LinkLookups = [];
  const rendered = markdown(body, {
    ...context,
    urlOfSource: (source) => {
      const href = context.urlOfSource(source);
      links.push([source, href]);
      return href;
    },
  });
  return { rendered, links };
}
