import type { FieldDeclaration, FieldSchema } from './field-schema.js';
import type { QuirePlugin } from '../plugins/types.js';

/**
 * What a site's config file (`quire.config.ts`, `.mjs`, `.js`, `.yaml`, `.yml` or `.json`) may contain.
 * Every key is optional. In a code config, wrap it in `defineConfig()` for types and completion.
 */
export interface UserConfig {
  /** Site title, shown in the header and in `<title>`. */
  title?: string;
  /** One-sentence description of the site, for the home page and feeds. */
  description?: string;
  /** Absolute URL where the site is published, e.g. `https://example.org/` or `https://me.github.io/blog/`. */
  baseUrl?: string;
  /** Default author of posts: a key into `data/authors.yaml` or a plain name. */
  author?: string;
  /** BCP 47 language tag for `<html lang>`. */
  language?: string;
  /** IANA time zone used to read date-times without an offset and to show dates. */
  timezone?: string;
  /** Posts per page on the home page and tag pages. */
  perPage?: number;
  /** URL pattern of posts, e.g. `/:year/:month/:slug/`. Tokens: :year :month :day :slug :id. */
  permalink?: string;
  /** The Atom, RSS and JSON feeds (`/feed.xml`, `/rss.xml`, `/feed.json`, `/tags/<tag>/feed.xml`). */
  feed?: FeedConfig;
  /** How Markdown is read. */
  markdown?: MarkdownConfig;
  /** Front-matter fields of the site's own, with their type: `subtitle: string`, `series: {type: string, required: true}`. */
  schema?: Record<string, FieldDeclaration>;
  /**
   * A theme to use over the default one: a folder (relative to the site folder) or the name of an npm
   * package installed in the site's `node_modules`, holding `layouts/`, `partials/` and `assets/`.
   */
  theme?: string;
  /** Plugins, run in this order. Only a code config (`.ts`, `.mjs`, `.js`) can list them. */
  plugins?: QuirePlugin[];
}

/** How Markdown is read. */
export interface MarkdownConfig {
  /**
   * Raw HTML written in Markdown is passed through (true, the default) or dropped (false: for sites
   * that publish contributions they do not fully trust).
   */
  html?: boolean;
}

/** What the feeds contain. */
export interface FeedConfig {
  /** How many of the newest posts each feed lists. */
  limit?: number;
  /** `full`: each post's whole HTML; `excerpt`: its excerpt and summary only. */
  content?: 'full' | 'excerpt';
}

/** Options that come from the command line or the API caller rather than the config file. */
export interface BuildOptions {
  /** Output folder; default `<site>/dist`. */
  outDir?: string;
  /** Include posts marked `draft: true`. */
  drafts?: boolean;
  /** Include posts dated after `now`. */
  future?: boolean;
  /** Overrides `baseUrl` from the config file. */
  baseUrl?: string;
  /** The instant the build treats as "now" (epoch milliseconds); default the clock. */
  now?: number;
  /** Drop raw HTML from Markdown whatever the config says (`--safe`). */
  safe?: boolean;
  /** Replace an output folder quire did not create (`--force`); never the site, home or root folder. */
  force?: boolean;
  /**
   * Persistent cache folder (relative to the site folder): `true` for `.quire-cache`, false or absent for
   * none. What one build renders, the next one reuses; `quire build` uses `.quire-cache` by default.
   */
  cache?: boolean | string;
  /**
   * Threads building the site (`--jobs`): the main one, and up to `jobs - 1` (3 at most) that render
   * Markdown, started only for builds with many bodies to render. Default one per core; 1 renders
   * everything on the main thread.
   */
  jobs?: number;
  /** Warnings about the content are errors (`--strict`): the build fails rather than publish them. */
  strict?: boolean;
  /**
   * Take the SHA-256 of every output file and compare the output folder with what it held before
   * (`outputHashes` and `changes` of the result, for createBuildReport). Costs reading the previous
   * output folder, except the files the build cache knows to be unchanged.
   */
  report?: boolean;
  /** Called as the build goes: the stage it is in, and for `render` the files done out of all. Keep it cheap. */
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildProgress {
  readonly stage: 'sources' | 'parse' | 'model' | 'plan' | 'render';
  readonly done: number;
  readonly total: number;
}

/** The config with every default filled in; what the pipeline reads. */
export interface ResolvedConfig {
  readonly siteDir: string;
  readonly outDir: string;
  /** Config file path relative to the site folder, when there is one. */
  readonly configFile: string | undefined;
  readonly title: string;
  readonly description: string;
  /** Always ends with `/`. */
  readonly baseUrl: string;
  /** The path part of `baseUrl`, always starting and ending with `/` (`/` for a site at the root). */
  readonly basePath: string;
  readonly author: string | undefined;
  readonly language: string;
  readonly timezone: string;
  readonly perPage: number;
  readonly permalink: string;
  readonly feed: Readonly<Required<FeedConfig>>;
  readonly markdown: Readonly<Required<MarkdownConfig>>;
  /** Declared front-matter fields by name (none by default). */
  readonly schema: Readonly<Record<string, FieldSchema>>;
  readonly drafts: boolean;
  readonly future: boolean;
  readonly now: number;
  /** Whether an output folder quire did not create may be replaced. */
  readonly force: boolean;
  /** Folder of the built-in theme. */
  readonly themeDir: string;
  /** Folder of the theme named by `theme:`, whose files replace the built-in theme's of the same name. */
  readonly theme: string | undefined;
  readonly plugins: readonly QuirePlugin[];
  /**
   * Differs on every load of a config with plugins: plugins are code that quire cannot fingerprint, so
   * nothing rendered with an earlier load (a watch session's previous build) is taken as still valid.
   */
  readonly pluginsLoad: string | undefined;
  /** The raw values of the config file, passed to templates as `site.params`-like extras. */
  readonly extra: Readonly<Record<string, unknown>>;
}
