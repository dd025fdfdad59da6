import Tinypool from 'tinypool';
import { createMarkdownRenderer } from '../parse/markdown.js';
import { renderMarkdownBody } from '../render/render-markdown-body.js';
import type { BodyOutcome, BodyTask, WorkerSetup } from './render-task.js';

// A worker thread lives for one build: its one renderer is made from what that build handed it.
const setup = Tinypool.workerData as WorkerSetup;
const markdown = createMarkdownRenderer(setup.markdown);
const urlOfSource = (source: string) => setup.hrefs.get(source);

/** Renders a chunk of bodies in order; a body that throws is marked failed and the others go on. */
export default function renderBodies(tasks: readonly BodyTask[]): BodyOutcome[] {
  return tasks.map(({ sourcePath, body }) => {
    try {
      return renderMarkdownBody(markdown, body, { sourcePath, basePath: setup.basePath, urlOfSource });
    } catch (error) {
      return { failed: error instanceof Error ? error.message : String(error) };
    }
  });
}
