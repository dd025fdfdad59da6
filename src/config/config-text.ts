import type { ResolvedConfig } from './types.js';

/**
 * The config as fingerprints see it: everything that can change output bytes, and nothing tied to the
 * machine or the moment (the site and output folders, `--force`, "now"), so that fingerprints made on
 * one machine hold on another (a persistent cache restored by CI).
 */
export function configText(config: ResolvedConfig): string {
  return JSON.stringify({ ...settingsOf(config), siteDir: undefined, outDir: undefined, themeDir: undefined, theme: undefined, force: undefined });
}

/**
 * The config as the site model sees it: everything but "now", with plugins by name (they are code; a
 * new load of them shows in `pluginsLoad`).
 */
export function settingsText(config: ResolvedConfig): string {
  return JSON.stringify(settingsOf(config));
}

function settingsOf(config: ResolvedConfig) {
  return { ...config, now: undefined, plugins: config.plugins.map((p) => p.name) };
}
