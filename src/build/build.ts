import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { inputsDigest } from '../cache/inputs-digest.js';
import { configText } from '../config/config-text.js';
import { loadConfig } from '../config/load-config.js';
import type { BuildOptions, ResolvedConfig } from '../config/types.js';
import { BuildAbort, hasErrors, sortDiagnostics, strictDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildSite } from '../model/build-site.js';
import { checkSite } from '../model/check-site.js';
import type { ExcludedPost } from '../model/types.js';
import { startPrerendering, type Prerendering } from '../parallel/prerender-bodies.js';
import { checkFrontMatter } from '../parse/check-front-matter.js';
import { createDateReader } from '../parse/dates.js';
import { createMarkdownRenderer } from '../parse/markdown.js';
import { readDataFiles } from '../parse/read-data-files.js';
import { readSourceDocs, type ParsedDoc } from '../parse/read-source-docs.js';
import { checkSiteLinks } from '../render/check-site-links.js';
import { compileTheme } from '../render/compile-theme.js';
import { fingerprintOf } from '../render/fingerprint.js';
import type { OutputContent } from '../render/output.js';
import { createRenderScope } from '../render/render-scope.js';
import type { BuildState, RenderedContent } from '../render/render-state.js';
import { planSite, type SitePlan } from '../render/render-site.js';
import { applyModelHooks } from '../plugins/apply-model-hooks.js';
import { planPluginOutputs } from '../plugins/plan-plugin-outputs.js';
import { extendMarkdown, type PluginContext } from '../plugins/run-plugin-hook.js';
import { discoverSources } from '../source/discover-sources.js';
import { stampsOf, withHashes } from '../source/source-stamps.js';
import type { SiteSources } from '../source/types.js';
import { checkOutputDir } from '../write/check-output-dir.js';
import { createInPlaceUpdate, type InPlaceUpdate } from '../write/in-place-update.js';
import { noChanges, trackOutputHashes, type OutputChanges, type OutputHashTracker } from '../write/output-hashes.js';
import { createStaging, type Staging } from '../write/staging.js';
import { canReuseModel, exclusionsStableUntil, modelKeyOf, sameKey } from './reuse-model.js';
import { reparseBodies } from './reparse-bodies.js';
import { siteShapeOf } from './reuse-plan.js';
import { openCache, outputFolderHashes, saveCache, storedState } from './build-cache.js';

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
  /** True when the persistent cache showed that every input and output file is as the last build left them: nothing was done. */
  readonly upToDate: boolean;
  /** Milliseconds spent in each stage. */
  readonly timings: Readonly<Record<Stage, number>>;
  /** Worker threads that rendered Markdown; 0 when none were started or one failed (see Prerendering). */
  readonly workers: number;
  /** Why worker threads were given up, when they were: the main thread rendered the rest. */
  readonly workerFailure?: string;
  /** With `options.report`: the SHA-256 of every file of the site, by output path (none when the build failed). */
  readonly outputHashes: ReadonlyMap<string, string> | undefined;
  /** With `options.report`: what the build added to, changed in and removed from the output folder. */
  readonly changes: OutputChanges | undefined;
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
  session?: {
    previous: BuildState | undefined;
    /** Paths changed since the previous good build. */
    changed?: ReadonlySet<string>;
    /** Files may have been added or removed since (default): the site's folders are listed again. */
    rescan?: boolean;
  },
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
  const progress = options.onProgress ?? (() => {});
  const diagnostics: Diagnostic[] = [];
  let config: ResolvedConfig | undefined;
  let prerendering: Prerendering | undefined;
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
    upToDate: false,
    durationMs: Math.round(performance.now() - started),
    timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])) as Record<Stage, number>,
    exitCode,
    workers: prerendering?.workers() ?? 0,
    workerFailure: prerendering?.failure(),
    outputHashes: options.report ? new Map() : undefined,
    changes: options.report ? noChanges : undefined,
    ...partial,
  });
  try {
    config = await loadConfig(siteDir, options);
    checkOutputDir(config);
    lap('config');
    progress({ stage: 'sources', done: 0, total: 0 });
  } catch (error) {
    if (error instanceof BuildAbort) {
      diagnostics.push(...error.diagnostics);
      return finish({}, error.exitCode);
    }
    throw error;
  }

  // Plugins are code the cache cannot fingerprint (nor what they import): a site with plugins builds
  // without it.
  const plugins: PluginContext = { plugins: config.plugins, configFile: config.configFile, diagnostics };
  const hasPlugins = config.plugins.length > 0;
  const persistent = session || hasPlugins ? undefined : openCache(config, options, diagnostics);
  const listedAt = Date.now();
  // Files the cache knows by their stamps are not read unless the build has work to do.
  let sources = discoverSources(
    config,
    diagnostics,
    previous ? { previous: previous.sources, changed: session?.changed ?? new Set(), rescan: session?.rescan ?? true } : undefined,
    { known: persistent?.knownHashes, defer: !session },
  );
  if (persistent) sources = withHashes(sources);
  lap('sources');
  progress({ stage: 'parse', done: 0, total: 0 });
  // A plain build with a persistent cache: when every input and the output folder are as the last
  // build left them, and "now" publishes the same posts, there is nothing to do.
  const digest = persistent ? inputsDigest(config, sources) : '';
  const stored = persistent?.outputs;
  if (persistent && stored && persistent.outputsIntact && stored.inputs === digest && !hasErrors(diagnostics)) {
    if (config.now >= stored.builtAt && config.now < (stored.stableUntil ?? Infinity)) {
      diagnostics.push(...stored.diagnostics);
      if (options.strict) diagnostics.splice(0, diagnostics.length, ...strictDiagnostics(diagnostics));
      persistent.discard();
      // Files read and hashed this time (restored by CI, or touched) need not be next time.
      persistent.saveStamps(stampsOf(sources, listedAt));
      // The output folder is left as it was, as for any failed build.
      if (hasErrors(diagnostics)) return finish({}, 1);
      const files = stored.outputs.map(([outputPath]) => ({ outputPath, inputs: [] }));
      const outputHashes = options.report ? outputFolderHashes(persistent, config.outDir, true) : undefined;
      return finish({ files, posts: stored.posts, pages: stored.pages, excluded: stored.excluded, upToDate: true, outputHashes }, 0);
    }
  }
  // Files whose parsed doc the cache holds are not read (see readSourceDocs): their bodies are, when rendered.
  const docStore = persistent?.docs(fingerprintOf(configText(config)));
  const diagnosticsBeforeParse = diagnostics.length;
  // Only Markdown bodies of known files changed: parse those alone and keep the previous model.
  const bodiesOnly = previous && session && !session.rescan ? reparseBodies(previous, sources, session.changed ?? new Set(), config, diagnostics) : undefined;
  const cache = previous?.docs ?? new Map<string, ParsedDoc>();
  // A single build keeps no text: bodies are read again when rendered, and the texts are let go.
  const { docs, reparsed } = bodiesOnly ?? readSourceDocs(sources, config.timezone, diagnostics, cache, !session, docStore);
  if (!session) sources = withoutTexts(sources);
  diagnostics.push(...checkFrontMatter(docs, config.schema, createDateReader(config.timezone)));
  const data = bodiesOnly && previous?.model ? previous.model.site.data : readDataFiles(sources.data, diagnostics);
  lap('parse');
  progress({ stage: 'model', done: 0, total: 0 });
  // Only Markdown bodies changed since the previous good build: keep its model.
  const modelKey = bodiesOnly && previous?.model ? previous.model.modelKey : session ? modelKeyOf(config, sources.data, docs) : [];
  const reuseModel = bodiesOnly !== undefined || canReuseModel(previous?.model, modelKey, docs, config);
  // The model as built, which a watch session keeps; plugins transform it anew on every build.
  const builtSite = reuseModel && previous?.model ? previous.model.site : buildSite(docs, data, config, diagnostics, previous?.model?.site, persistent?.related());
  const site = hasPlugins ? applyModelHooks(plugins, builtSite) : builtSite;
  // Watch and serve show future posts to preview them: only a one-off build reports them.
  diagnostics.push(...checkSite(site, { reportFuture: !session }));
  lap('model');
  progress({ stage: 'plan', done: 0, total: 0 });
  // A watch session keeps the compiled theme by this key; it and the persistent cache keep plans by it.
  const themeKey = session || persistent ? fingerprintOf(configText(config), ...sources.theme.map((f) => `${f.name}\n${f.text}`)) : '';
  const reuseTheme = previous?.theme?.key === themeKey;
  const beforeTheme = diagnostics.length;
  const theme = reuseTheme && previous?.theme ? previous.theme.theme : compileTheme(sources.theme, config, diagnostics);
  // Only a theme compiled without any problem is kept: its problems must be reported on every build.
  const themeClean = reuseTheme || diagnostics.length === beforeTheme;
  // What the last build left: a watch session's state, else what the persistent cache stored.
  const prior = previous ?? (persistent ? storedState(persistent, config.outDir, sources) : undefined);
  const markdown = createMarkdownRenderer(config.markdown, (md) => extendMarkdown(plugins, md));
  const scope = createRenderScope(site, theme, markdown, diagnostics, prior, cache, persistent?.html);

  // Incremental when the previous build wrote this same output folder: only changed files are written
  // (staged, then moved in one by one); otherwise the whole site is staged and swapped in.
  const incremental = prior !== undefined && prior.outDir === config.outDir && existsSync(config.outDir);
  // The same shape of site and theme: the previous plan holds. With the same common values too, only
  // the outputs that read a changed post or page (its page, its neighbours', listings and feeds that
  // show it) can differ: every other file is kept without even being fingerprinted.
  const shape = session || persistent ? siteShapeOf(site, themeKey, sources) : [];
  const kept = incremental && reuseTheme && sameKey(prior.plan?.shape, shape) ? prior.plan : undefined;
  const plan = kept?.plan ?? planSite(scope, sources, diagnostics, hasPlugins ? planPluginOutputs(plugins, site) : []);
  // The persistent cache (never open in a watch session) knows the same of the build that wrote the
  // output folder, by a digest.
  const planKey = persistent ? fingerprintOf(scope.commonFingerprint, ...shape) : '';
  const onlyEntries =
    (kept !== undefined && kept.commonFingerprint === scope.commonFingerprint) ||
    (incremental && persistent?.outputs?.planKey === planKey && sameOutputs(plan, prior.fingerprints));
  // Posts and pages that may differ from the previous good build: parsed again now, or changed since.
  const looked = onlyEntries ? plan.reading(new Set([...reparsed, ...(session?.changed ?? [])])) : plan.outputs;
  lap('plan');

  // A full build is staged beside the output folder and swapped in; a rebuild of the same folder
  // writes its few files beside their targets and renames them in once it succeeded.
  // From the first file written beside its target until the cache is saved again, the stored outputs
  // describe nothing: a build killed meanwhile is followed by a whole new one, which also sweeps away
  // the temporary files it left.
  const output = incremental ? createInPlaceUpdate(config.outDir, persistent?.forgetOutputs) : stagedSite(createStaging(config.outDir));
  // Taken once the output folder's lock is held: what the folder held before this build.
  const hashing: OutputHashTracker | undefined = options.report
    ? trackOutputHashes(config.outDir, outputFolderHashes(persistent, config.outDir, incremental))
    : undefined;
  const written: string[] = [];
  // Fingerprints are kept for the next build: by a watch session, or in the persistent cache.
  const tracking = session !== undefined || persistent !== undefined;
  // Fingerprints of the files looked at; with a kept plan, every other file keeps the one it had.
  const fingerprints = new Map<string, string>();
  try {
    // Large builds render Markdown on worker threads, ahead of the pages that show it.
    // Workers build their own markdown-it, without the plugins' hooks: a site with plugins renders on
    // the main thread.
    const jobs = hasPlugins ? 1 : options.jobs;
    prerendering = startPrerendering(scope, looked, { jobs, markdown: config.markdown, written: incremental ? prior.fingerprints : undefined });
    lap('render');
    let done = 0;
    for (const file of looked) {
      progress({ stage: 'render', done: done++, total: looked.length });
      const known = incremental ? prior.fingerprints.get(file.outputPath) : undefined;
      const fingerprint = known !== undefined ? file.fingerprint(scope) : undefined;
      lap('fingerprint');
      if (fingerprint !== undefined && fingerprint === known) {
        fingerprints.set(file.outputPath, fingerprint);
        continue;
      }
      if (prerendering) await prerendering.before(file);
      const content = file.produce(scope);
      lap('render');
      if (!content) continue;
      // With plugins, fingerprints change on every load of them (see pluginsLoad): a page is compared
      // by its bytes, so a rebuild writes only what changed.
      const byBytes = hasPlugins && 'text' in content;
      const produced = tracking ? (byBytes ? contentFingerprint(content) : (fingerprint ?? file.fingerprint(scope) ?? contentFingerprint(content))) : '';
      if (tracking) fingerprints.set(file.outputPath, produced);
      if (incremental && 'text' in content && produced === known) continue;
      output.write(file.outputPath, content);
      hashing?.written(file.outputPath, content);
      written.push(file.outputPath);
      lap('write');
    }
    diagnostics.push(...checkSiteLinks(scope, plan.outputs.map((file) => file.outputPath), sources.theme));
    lap('render');
    if (options.strict) diagnostics.splice(0, diagnostics.length, ...strictDiagnostics(diagnostics));
    if (hasErrors(diagnostics)) {
      output.discard();
      persistent?.discard();
      return finish({ posts: site.posts.length, excluded: site.excluded, state: keepContent(previous, scope.content) }, 1);
    }
    // A kept plan writes the same files: nothing to remove.
    const removed = incremental && !onlyEntries ? [...prior.fingerprints.keys()].filter((p) => !fingerprints.has(p)) : [];
    // The previous build's fingerprints describe files now replaced: they are updated in place (a copy
    // per rebuild would cost more than the rebuild on large sites).
    const allFingerprints = onlyEntries && prior ? updateInPlace(prior.fingerprints, fingerprints) : fingerprints;
    if (removed.length > 0) persistent?.forgetOutputs();
    output.commit(removed);
    const hashed = hashing?.finish(plan.outputs.map((f) => f.outputPath));
    lap('write');
    if (persistent) {
      saveCache(persistent, scope, {
        digest,
        planKey,
        fingerprints: allFingerprints,
        hashes: hashed?.hashes,
        written: incremental ? new Set(written) : undefined,
        // The cache's own warnings concern this build only.
        diagnostics: diagnostics.slice(diagnosticsBeforeParse).filter((d) => d.code !== 'CacheCorrupt'),
        docs,
        pages: plan.outputs.filter((f) => f.outputPath.endsWith('.html')).length,
        stamps: stampsOf(sources, listedAt),
      });
      lap('write');
    }
    const files: readonly BuiltFile[] = plan.outputs;
    const state: BuildState | undefined = session
      ? {
          outDir: config.outDir,
          fingerprints: allFingerprints,
          content: onlyEntries && previous ? updateInPlace(previous.content, scope.content) : scope.content,
          docs: cache,
          theme: themeClean ? { key: themeKey, theme } : undefined,
          model: {
            site: builtSite,
            modelKey,
            docs,
            builtAt: config.now,
            stableUntil: bodiesOnly && previous?.model ? previous.model.stableUntil : exclusionsStableUntil(docs, config),
          },
          plan: { plan, shape, commonFingerprint: scope.commonFingerprint },
          feedContent: scope.feedContent.kept(),
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
        outputHashes: hashed?.hashes,
        changes: hashed?.changes,
      },
      0,
    );
  } catch (error) {
    output.discard();
    persistent?.discard();
    // A file changed under the build (see withBodyOnDisk): reported like any problem of the content.
    if (error instanceof BuildAbort) {
      diagnostics.push(...error.diagnostics);
      return finish({}, error.exitCode);
    }
    throw error;
  } finally {
    await prerendering?.close();
  }
}

/** A staged full build, as an update of the output folder. */
function stagedSite(staging: Staging): InPlaceUpdate {
  return { write: (outputPath, content) => staging.write(outputPath, content), commit: () => staging.commit(), discard: () => staging.discard() };
}

/**
 * After a failed build the output folder is unchanged: keep the state of the last good build (the next
 * build compares against it), learning only the rendered Markdown, which is keyed by its content.
 */
function keepContent(previous: BuildState | undefined, content: ReadonlyMap<string, RenderedContent>): BuildState | undefined {
  return previous ? { ...previous, content: updateInPlace(previous.content, content) } : undefined;
}

/**
 * Adds `added` to a map of the previous state. Only maps whose old entries stay true may be updated so:
 * rendered content (keyed by what it was rendered from), and fingerprints after a successful build.
 */
function updateInPlace<V>(before: Map<string, V>, added: ReadonlyMap<string, V>): Map<string, V> {
  for (const [key, value] of added) before.set(key, value);
  return before;
}

/** Whether a plan writes exactly the files of which the last build left these fingerprints. */
function sameOutputs(plan: SitePlan, fingerprints: ReadonlyMap<string, string>): boolean {
  return plan.outputs.length === fingerprints.size && plan.outputs.every((output) => fingerprints.has(output.outputPath));
}

/** Outputs with no fingerprint of their inputs (sitemap, robots.txt) are compared by their bytes. */
function contentFingerprint(content: OutputContent): string {
  return 'text' in content ? `text:${fingerprintOf(content.text)}` : `copy:${content.copyFrom}`;
}

/** The sources without the texts of posts and pages, once parsed (the rest is small, or read again). */
function withoutTexts(sources: SiteSources): SiteSources {
  // Field by field: a deferred file's text is a getter that reads the file.
  const lean = ({ path, absPath, size, mtimeMs, hash }: SiteSources['posts'][number]) => ({ path, absPath, size, mtimeMs, hash, text: '' });
  return { ...sources, posts: sources.posts.map(lean), pages: sources.pages.map(lean) };
}
