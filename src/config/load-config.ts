import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildAbort, createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseStructuredData } from '../parse/structured-data.js';
import { randomUUID } from 'node:crypto';
import type { KeyPosition } from '../parse/structured-data.js';
import { configDefaults, configFileNames, isCodeConfig } from './defaults.js';
import { importCodeConfig } from './import-code-config.js';
import { resolveThemeDir } from './resolve-theme.js';
import type { BuildOptions, ResolvedConfig, UserConfig } from './types.js';
import { resolveFieldSchema } from './field-schema.js';
import { validateUserConfig } from './validate-config.js';

/** The default theme shipped with quire (`templates/` at the package root). */
export const defaultThemeDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Finds and reads the site's config file (running it, when it is code), validates it and fills in
 * defaults. Throws BuildAbort (exit code 2) when the site folder or config file is unusable.
 */
export async function loadConfig(siteDir: string, options: BuildOptions = {}): Promise<ResolvedConfig> {
  const root = path.resolve(siteDir);
  if (!existsSync(root)) {
    throw abort('SiteNotFound', `site folder ${siteDir} does not exist`);
  }
  const found = configFileNames.filter((name) => existsSync(path.join(root, name)));
  if (found.length > 1) {
    throw abort('ConfigAmbiguous', `found ${found.join(' and ')}; keep one config file`, found[1]);
  }
  const configFile = found[0];
  const { config: user, positions } = configFile
    ? isCodeConfig(configFile)
      ? await readCodeConfig(root, configFile)
      : readConfigFile(root, configFile)
    : { config: {}, positions: new Map<string, KeyPosition>() };
  const resolved = resolveConfig(root, configFile, user, options);
  if (!user.theme) return resolved;
  return { ...resolved, theme: resolveThemeDir(root, user.theme, configFile, positions.get('theme')?.value) };
}

type ReadConfig = { config: UserConfig; positions: ReadonlyMap<string, KeyPosition> };

/** A code config: run, then checked like a data config, by key name (a value has no line of its own). */
async function readCodeConfig(root: string, configFile: string): Promise<ReadConfig> {
  const value = await importCodeConfig(path.join(root, configFile), configFile);
  const positions = new Map<string, KeyPosition>();
  const { config, diagnostics } = validateUserConfig(value, configFile, positions, { code: true });
  if (diagnostics.length > 0) throw new BuildAbort(diagnostics, 2);
  return { config, positions };
}

function readConfigFile(root: string, configFile: string): ReadConfig {
  const text = readFileSync(path.join(root, configFile), 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseStructuredData(text, configFile.endsWith('.json') ? 'json' : 'yaml');
  if (!parsed.ok) {
    throw new BuildAbort(
      [createDiagnostic('error', 'ConfigInvalidSyntax', parsed.message, { file: configFile, at: parsed.at })],
      2,
    );
  }
  const { config, diagnostics } = validateUserConfig(parsed.value, configFile, parsed.positions, { code: false });
  if (diagnostics.length > 0) throw new BuildAbort(diagnostics, 2);
  return { config, positions: parsed.positions };
}

/** Fills in defaults and command-line overrides. Pure: the clock comes in through `options.now`. */
export function resolveConfig(
  siteDir: string,
  configFile: string | undefined,
  user: UserConfig,
  options: BuildOptions,
): ResolvedConfig {
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? user.baseUrl ?? configDefaults.baseUrl, configFile);
  return {
    siteDir,
    outDir: path.resolve(siteDir, options.outDir ?? 'dist'),
    configFile,
    title: user.title ?? configDefaults.title,
    description: user.description ?? configDefaults.description,
    baseUrl,
    basePath: new URL(baseUrl).pathname,
    author: user.author,
    language: user.language ?? configDefaults.language,
    timezone: user.timezone ?? configDefaults.timezone,
    perPage: user.perPage ?? configDefaults.perPage,
    permalink: user.permalink ?? configDefaults.permalink,
    feed: {
      limit: user.feed?.limit ?? configDefaults.feed.limit,
      content: user.feed?.content ?? configDefaults.feed.content,
    },
    markdown: {
      html: options.safe ? false : (user.markdown?.html ?? configDefaults.markdown.html),
    },
    schema: resolveFieldSchema(user.schema ?? {}),
    drafts: options.drafts ?? false,
    future: options.future ?? false,
    now: options.now ?? Date.now(),
    force: options.force ?? false,
    themeDir: defaultThemeDir,
    theme: undefined,
    plugins: user.plugins ?? [],
    pluginsLoad: user.plugins?.length ? randomUUID() : undefined,
    extra: withoutPlugins(user),
  };
}

/** The config's values as templates see them (`site.params`): plugins are code, not values. */
function withoutPlugins(user: UserConfig): Record<string, unknown> {
  const { plugins: _plugins, ...values } = user;
  return values;
}

function normalizeBaseUrl(value: string, configFile: string | undefined): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw abort('ConfigInvalidValue', `baseUrl "${value}" is not an absolute URL`, configFile);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function abort(code: string, message: string, file?: string): BuildAbort {
  const diagnostic: Diagnostic = createDiagnostic('error', code, message, file ? { file } : {});
  return new BuildAbort([diagnostic], 2);
}
