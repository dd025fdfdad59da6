import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build/build.js';
import { selectBodiesToRender } from '../../../src/parallel/select-bodies.js';
import { createMarkdownRenderer } from '../../../src/parse/markdown.js';
import type { SourceDoc } from '../../../src/parse/source-doc.js';
import { createRenderScope } from '../../../src/render/render-scope.js';
import { makeTempDir } from '../../helpers/run-cli.js';

describe('selectBodiesToRender', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('selects every page of a full build, and on a rebuild only the bodies that changed', async () => {
    const site = path.join(temp.dir, 'site');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'quire.config.yaml'), 'title: Selection\nbaseUrl: https://example.org/\n');
    for (let i = 1; i <= 4; i++) writeFileSync(path.join(site, `posts/post-${i}.md`), `---\ntitle: Post ${i}\ndate: 2024-01-0${i}\n---\nBody ${i}.\n`);
    const first = await build(site, { outDir: path.join(temp.dir, 'out'), now: Date.UTC(2026, 0, 1) }, { previous: undefined });
    const state = first.state!;
    const { site: model } = state.model!;
    const outputs = state.plan!.plan.outputs;
    const scopeWith = (docs?: Map<string, { doc: SourceDoc }>) =>
      createRenderScope(model, state.theme!.theme, createMarkdownRenderer(), [], state, docs);
    const sources = (selected: ReturnType<typeof selectBodiesToRender>) => selected.map((body) => body.entry.sourcePath);

    // Newest first: the order in which the build produces the post pages.
    expect(sources(selectBodiesToRender(scopeWith(), outputs))).toEqual(['posts/post-4.md', 'posts/post-3.md', 'posts/post-2.md', 'posts/post-1.md']);
    expect(selectBodiesToRender(scopeWith(), outputs, state.fingerprints)).toEqual([]);
    const edited = model.entries.get('posts/post-2.md')!;
    const docs = new Map([[edited.sourcePath, { doc: { ...edited.doc, body: 'A new body.' } }]]);
    expect(sources(selectBodiesToRender(scopeWith(docs), outputs, state.fingerprints))).toEqual(['posts/post-2.md']);
  });
});
