import { pluginHookNames } from './types.js';

const functionHooks = new Set(['markdown', 'templates', 'model', 'outputs']);

/**
 * What is wrong with the `plugins` value of a config, as the end of "plugins must be ...", or undefined
 * when it is a list of well-formed plugins.
 */
export function pluginListProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'a list of plugins ({ name, ...hooks } objects)';
  const names = new Set<string>();
  for (const [at, plugin] of value.entries()) {
    const where = `plugins[${at}]`;
    if (typeof plugin !== 'object' || plugin === null || Array.isArray(plugin)) return `a list of plugin objects (${where} is not an object)`;
    const { name } = plugin as { name?: unknown };
    if (typeof name !== 'string' || name === '') return `a list of plugins with a "name" (${where} has none)`;
    if (names.has(name)) return `a list of plugins with different names ("${name}" is listed twice)`;
    names.add(name);
    for (const [key, hook] of Object.entries(plugin)) {
      if (key === 'name') continue;
      if (!(pluginHookNames as readonly string[]).includes(key)) {
        return `a list of plugins whose hooks are ${pluginHookNames.join(', ')} (plugin "${name}" has "${key}")`;
      }
      const problem = functionHooks.has(key) ? (typeof hook === 'function' ? undefined : 'a function') : mapProblem(hook, key === 'helpers' ? 'function' : 'string');
      if (problem) return `a list of plugins with well-formed hooks ("${name}".${key} must be ${problem})`;
    }
  }
  return undefined;
}

function mapProblem(value: unknown, kind: 'function' | 'string'): string | undefined {
  const expected = kind === 'function' ? 'an object of helper functions by name' : 'an object of template texts by name';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return expected;
  return Object.values(value).every((v) => typeof v === kind) ? undefined : expected;
}
