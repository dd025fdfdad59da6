import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config/load-config.js';
import type { BuildOptions, ResolvedConfig } from '../config/types.js';
import { BuildAbort, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildSite } from '../model/build-site.js';
import type { ExcludedPost } from '../model/types.js';
import { createMarkdownRenderer } from '../parse/markdown.js';
import { readDataFiles } from '../parse/read-data-files.js';
import { readSourceDoc } from '../parse/read-source-doc.js';
import type { SourceDoc } from '../parse/source-doc.js';
import { compileTheme } from '../render/compile-theme.js';
import { planSite } from '../render/render-site.js';
import { discoverSources } from '../source/discover-sources.js';
import { checkOutputDir } from '../write/check-output-dir.js';
import { createStaging } from '../write/staging.js';
import { dropDuplicateOutputs } from './check-outputs.js';

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
}

/**
 * Builds a site: config -> sources -> parse -> model -> render -> write. Every problem is collected; the
 * output folder is replaced only when there is no error. Never exits the process.
 */
export async function build(siteDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  let config: ResolvedConfig | undefined;
  const finish = (partial: Partial<BuildResult>, exitCode: 0 | 1 | 2): BuildResult => ({
    ok: exitCode === 0,
    config,
    diagnostics: sortDiagnostics(diagnostics),
    files: [],
    posts: 0,
    pages: 0,
    excluded: [],
    durationMs: Math.round(performance.now() - started),
    exitCode,
    ...partial,
  });
  try {
    config = loadConfig(siteDir, options);
    checkOutputDir(config.outDir, config.siteDir);
  } catch (error) {
    if (error instanceof BuildAbort) {
      diagnostics.push(...error.diagnostics);
      return finish({}, error.exitCode);
    }
    throw error;
  }

  const sources = discoverSources(config, diagnostics);
  const docs: SourceDoc[] = [];
  for (const [files, kind] of [[sources.posts, 'post'], [sources.pages, 'page']] as const) {
    for (const file of files) {
      const doc = readSourceDoc(file, kind, config.timezone, diagnostics);
      if (doc) docs.push(doc);
    }
  }
  const data = readDataFiles(sources.data, diagnostics);
  const site = buildSite(docs, data, config, diagnostics);
  const theme = compileTheme(sources.theme, config, diagnostics);
  const planned = dropDuplicateOutputs(planSite(site, sources, theme, createMarkdownRenderer(), diagnostics), diagnostics);

  const staging = createStaging(config.outDir);
  const files: BuiltFile[] = [];
  try {
    for (const output of planned) {
      const content = output.produce();
      if (!content) continue;
      staging.write(output.outputPath, content);
      files.push({ outputPath: output.outputPath, inputs: output.inputs });
    }
    if (hasErrors(diagnostics)) {
      staging.discard();
      return finish({ posts: site.posts.length, excluded: site.excluded }, 1);
    }
    staging.commit();
  } catch (error) {
    staging.discard();
    throw error;
  }
  return finish(
    {
      files,
      posts: site.posts.length,
      pages: files.filter((f) => f.outputPath.endsWith('.html')).length,
      excluded: site.excluded,
    },
    0,
  );
}
