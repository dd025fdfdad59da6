import type { Site } from '../model/types.js';
import { collectionInputs, type PlannedOutput } from '../render/output.js';
import { runPluginHook, type PluginContext } from './run-plugin-hook.js';

/**
 * The files plugins add (`outputs` hooks), as planned outputs. Their text is made now, from the final
 * model; they have no fingerprint, so a rebuild compares their bytes. Paths are checked like every
 * other output's (see dropDuplicateOutputs).
 */
export function planPluginOutputs(context: PluginContext, site: Site): PlannedOutput[] {
  const planned: PlannedOutput[] = [];
  for (const plugin of context.plugins) {
    if (!plugin.outputs) continue;
    const files = runPluginHook(context, plugin, 'outputs', () => {
      const files = plugin.outputs!(site);
      if (!Array.isArray(files) || files.some((f) => typeof f?.path !== 'string' || typeof f.text !== 'string')) {
        throw new Error('outputs() must return a list of { path, text } objects with string values');
      }
      return files;
    });
    for (const file of files ?? []) {
      const text = file.text;
      planned.push({
        outputPath: file.path.replace(/^\/+/, ''),
        source: `plugin "${plugin.name}"`,
        inputs: [collectionInputs.config, collectionInputs.posts],
        fingerprint: () => undefined,
        produce: () => ({ text }),
      });
    }
  }
  return planned;
}
