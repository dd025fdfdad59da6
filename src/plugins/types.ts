import type Handlebars from 'handlebars';
import type MarkdownIt from 'markdown-it';
import type { Site } from '../model/types.js';

/** A file a plugin adds to the output folder. */
export interface PluginOutputFile {
  /** Path inside the output folder, `/`-separated, e.g. `series/index.html` or `search.json`. */
  readonly path: string;
  readonly text: string;
}

/**
 * A plugin: a name and a few hooks, each at a boundary of the pipeline. Every hook is optional; the
 * plugins of a config run in the order they are listed. A hook that throws is reported as a
 * `PluginError` naming the plugin and the hook, and the output folder is left as it was.
 */
export interface QuirePlugin {
  /** Names the plugin in messages. */
  readonly name: string;
  /** Extends the build's markdown-it instance, e.g. `md.use(container, 'note')`. */
  readonly markdown?: (md: MarkdownIt) => void;
  /** Handlebars helpers every template can use, by name (`{{seriesLabel post}}`). */
  readonly helpers?: Readonly<Record<string, Handlebars.HelperDelegate>>;
  /** Partials by name (`{{> series-nav}}`), as template text; `templates/partials/<name>.hbs` of the site overrides one. */
  readonly partials?: Readonly<Record<string, string>>;
  /** Any other change to the build's own Handlebars environment (decorators, helpers made at run time). */
  readonly templates?: (hbs: typeof Handlebars) => void;
  /**
   * Transforms the site model once it is built, before anything is rendered: return a changed copy (for
   * example posts with extra fields in `extra`, which templates see as `post.<field>`), or nothing to
   * keep it. Tags, authors and related posts are re-linked to the returned posts by source path.
   */
  readonly model?: (site: Site) => Site | void;
  /** Extra files to write, from the final site model. */
  readonly outputs?: (site: Site) => readonly PluginOutputFile[];
}

/** The names of the hooks, in the order the pipeline reaches them. */
export const pluginHookNames = ['markdown', 'helpers', 'partials', 'templates', 'model', 'outputs'] as const;
