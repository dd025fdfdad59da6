import type Handlebars from 'handlebars';
import type MarkdownIt from 'markdown-it';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { QuirePlugin } from './types.js';

/** Where a build's plugins come from, for messages: the config file that lists them. */
export interface PluginContext {
  readonly plugins: readonly QuirePlugin[];
  readonly configFile: string | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Calls one hook of one plugin. What it throws becomes a `PluginError` naming the plugin and the hook
 * (the build goes on, reports every problem, and leaves the output folder as it was); undefined then.
 */
export function runPluginHook<T>(context: PluginContext, plugin: QuirePlugin, hook: string, call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    context.diagnostics.push(
      createDiagnostic('error', 'PluginError', `plugin "${plugin.name}" failed in ${hook}(): ${reason}`, {
        ...(context.configFile ? { file: context.configFile } : {}),
        hint: `fix the plugin, or remove "${plugin.name}" from plugins in the config`,
      }),
    );
    return undefined;
  }
}

/** Runs every plugin's `markdown` hook on the build's markdown-it instance, in order. */
export function extendMarkdown(context: PluginContext, md: MarkdownIt): void {
  for (const plugin of context.plugins) {
    if (plugin.markdown) runPluginHook(context, plugin, 'markdown', () => plugin.markdown!(md));
  }
}

/** Registers every plugin's helpers, then runs its `templates` hook, on the build's Handlebars environment. */
export function extendTemplates(context: PluginContext, hb: typeof Handlebars): void {
  for (const plugin of context.plugins) {
    if (plugin.helpers) runPluginHook(context, plugin, 'helpers', () => hb.registerHelper({ ...plugin.helpers }));
    if (plugin.templates) runPluginHook(context, plugin, 'templates', () => plugin.templates!(hb));
  }
}
