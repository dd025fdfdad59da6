import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config/load-config.js';
import type { BuildOptions, ResolvedConfig } from '../config/types.js';
import { BuildAbort, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildSite } from '../model/build-site.js';
import type { ExcludedPost } from '../model/types.js';
import { createMarkdownRenderer } from '../parse/markdown.js';
import { readDataFiles } from '../parse/read-data-files.js';
import { readSourceDocs } from '../parse/read-source-docs.js';
import { compileTheme } from '../render/compile-theme.js';
import { fingerprintOf } from '../render/fingerprint.js';
import type { OutputContent } from '../render/output.js';
import type { BuildState, RenderedContent } from '../render/render-state.js';
import { planSite } from '../render/render-site.js';
import { discoverSources } from '../source/discover-sources.js';
import { checkOutputDir } from '../write/check-output-dir.js';
import { createStaging } from '../write/staging.js';
import { dropDuplicateOutputs } from './check-outputs.js';
import { canReuseModel, modelKeyOf } from './reuse-model.js';

export interface BuiltFile {
  readonly outputPath: string;
  readonly inputs: readonly string[];
}

export interface BuildResult {
  /** True when the site was written (no errors). */
  readonly ok: boolean;
  readonly config: ResolvedConfig | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly BuiltFile[];
  readonly posts: number;
  readonly pages: number;
  readonly excluded: readonly ExcludedPost[];
  readonly durationMs: number;
  /** 0 built, 1 content errors, 2 usage or config errors. */
  readonly exitCode: 0 | 1 | 2;
  /** Output files written by this build (all of them, unless it was incremental). */
  readonly written: readonly string[];
  /** Output files deleted because nothing makes them any more (incremental builds). */
  readonly removed: readonly string[];
  /** What the next build of a watch session can reuse; kept as it was after a failed build. */
  readonly state: BuildState | undefined;
  /** Milliseconds spent in each stage. */
  readonly timings: Readonly<Record<Stage, number>>;
}

export type Stage = 'config' | 'sources' | 'parse' | 'model' | 'plan' | 'fingerprint' | 'render' | 'write';

/**
 * Builds a site: config -> sources -> parse -> model -> render -> write. Every problem is collected; the
 * output folder is replaced only when there is no error. Never exits the process. A watch session
 * passes `session` with the state of its previous build: then only what changed is rendered and written.
 */
export async function build(
  siteDir: string,
  options: BuildOptions = {},
  session?: { previous: BuildState | undefined; changed?: ReadonlySet<string> },
): Promise<BuildResult> {
  const previous = session?.previous;
  const started = performance.now();
  const timings: Record<Stage, number> = { config: 0, sources: 0, parse: 0, model: 0, plan: 0, fingerprint: 0, render: 0, write: 0 };
  let mark = started;
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] += now - mark;
    mark = now;
  };
  const diagnostics: Diagnostic[] = [];
  let config: ResolvedConfig | undefined;
  const finish = (partial: Partial<BuildResult>, exitCode: 0 | 1 | 2): BuildResult => ({
    ok: exitCode === 0,
    config,
    diagnostics: sortDiagnostics(diagnostics),
    files: [],
    written: [],
    removed: [],
    state: previous,
    posts: 0,
    pages: 0,
    excluded: [],
    durationMs: Math.round(performance.now() - started),
    timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])) as Record<Stage, number>,
    exitCode,
    ...partial,
  });
  try {
    config = loadConfig(siteDir, options);
    checkOutputDir(config);
    lap('config');
  } catch (error) {
    if (error instanceof BuildAbort) {
      diagnostics.push(...error.diagnostics);
      return finish({}, error.exitCode);
    }
    throw error;
  }

  const sources = discoverSources(
    config,
    diagnostics,
    previous ? { previous: previous.sources, changed: session?.changed ?? new Set() } : undefined,
  );
  lap('sources');
  const { docs, parsed: parsedDocs } = readSourceDocs(sources, config.timezone, diagnostics, previous?.docs);
  const data = readDataFiles(sources.data, diagnostics);
  lap('parse');
  // Only Markdown bodies changed since the previous good build: keep its model; outputs that show none
  // of the changed bodies keep their files without even being fingerprinted.
  const modelKey = session ? modelKeyOf(config, sources.data, docs) : '';
  const reuseModel = canReuseModel(previous?.model, modelKey, docs, config);
  const site = reuseModel && previous?.model ? previous.model.site : buildSite(docs, data, config, diagnostics);
  const changedBodies = new Set(reuseModel ? docs.filter((d) => previous?.docs.get(d.path)?.doc.body !== d.body).map((d) => d.path) : []);
  lap('model');
  // Only a watch session keeps the compiled theme, so only it needs the key.
  const themeKey = session ? fingerprintOf(JSON.stringify({ ...config, now: undefined }), ...sources.theme.map((f) => `${f.name}\n${f.text}`)) : '';
  const reuseTheme = previous?.theme?.key === themeKey;
  const beforeTheme = diagnostics.length;
  const theme = reuseTheme && previous?.theme ? previous.theme.theme : compileTheme(sources.theme, config, diagnostics);
  // Only a theme compiled without any problem is kept: its problems must be reported on every build.
  const themeClean = reuseTheme || diagnostics.length === beforeTheme;
  const bodies = reuseModel ? new Map(docs.map((d) => [d.path, d.body])) : undefined;
  const plan = planSite(site, sources, theme, createMarkdownRenderer(config.markdown), diagnostics, previous, bodies);
  const onlyBodiesChanged = reuseModel && reuseTheme;
  const planned = dropDuplicateOutputs(plan.outputs, diagnostics);
  lap('plan');

  // Incremental when the previous build wrote this same output folder: only changed files are written
  // (staged, then moved in one by one); otherwise the whole site is staged and swapped in.
  const incremental = previous !== undefined && previous.outDir === config.outDir && existsSync(config.outDir);
  const staging = createStaging(config.outDir);
  const files: BuiltFile[] = [];
  const written: string[] = [];
  const fingerprints = new Map<string, string>();
  try {
    for (const output of planned) {
      const known = incremental ? previous.fingerprints.get(output.outputPath) : undefined;
      if (known !== undefined && onlyBodiesChanged && !output.copy && !output.inputs.some((input) => changedBodies.has(input))) {
        fingerprints.set(output.outputPath, known);
        files.push({ outputPath: output.outputPath, inputs: output.inputs });
        continue;
      }
      const fingerprint = known !== undefined ? output.fingerprint?.() : undefined;
      lap('fingerprint');
      if (fingerprint !== undefined && fingerprint === known) {
        fingerprints.set(output.outputPath, fingerprint);
        files.push({ outputPath: output.outputPath, inputs: output.inputs });
        continue;
      }
      const content = output.produce();
      lap('render');
      if (!content) continue;
      // Fingerprints are only needed by a next build (watch sessions).
      const produced = session ? (fingerprint ?? output.fingerprint?.() ?? contentFingerprint(content)) : '';
      if (session) fingerprints.set(output.outputPath, produced);
      files.push({ outputPath: output.outputPath, inputs: output.inputs });
      if (incremental && 'text' in content && produced === known) continue;
      staging.write(output.outputPath, content);
      written.push(output.outputPath);
      lap('write');
    }
    if (hasErrors(diagnostics)) {
      staging.discard();
      return finish({ posts: site.posts.length, excluded: site.excluded, state: keepContent(previous, plan.content) }, 1);
    }
    const removed = incremental ? [...previous.fingerprints.keys()].filter((p) => !fingerprints.has(p)) : [];
    if (incremental) staging.merge(removed);
    else staging.commit();
    lap('write');
    const state: BuildState | undefined = session
      ? {
          outDir: config.outDir,
          fingerprints,
          content: plan.content,
          docs: parsedDocs,
          theme: themeClean ? { key: themeKey, theme } : undefined,
          model: { site, modelKey },
          sources,
        }
      : undefined;
    return finish(
      {
        files,
        written,
        removed,
        posts: site.posts.length,
        pages: files.filter((f) => f.outputPath.endsWith('.html')).length,
        excluded: site.excluded,
        state,
      },
      0,
    );
  } catch (error) {
    staging.discard();
    throw error;
  }
}

/**
 * After a failed build the output folder is unchanged: keep the state of the last good build (the next
 * build compares against it), learning only the rendered Markdown, which is keyed by its content.
 */
function keepContent(previous: BuildState | undefined, content: ReadonlyMap<string, RenderedContent>): BuildState | undefined {
  return previous ? { ...previous, content: new Map([...previous.content, ...content]) } : undefined;
}

/** Outputs with no fingerprint of their inputs (sitemap, robots.txt) are compared by their bytes. */
function contentFingerprint(content: OutputContent): string {
  return 'text' in content ? `text:${fingerprintOf(content.text)}` : `copy:${content.copyFrom}`;
}
