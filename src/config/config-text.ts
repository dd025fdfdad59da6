import type { ResolvedConfig } from './types.js';

/**
 * The config as fingerprints see it: everything that can change output bytes, and nothing tied to the
 * machine or the moment (the site and output folders, `--force`, "now"), so that fingerprints made on
 * one machine hold on another (a persistent cache restored by CI).
 */
export function configText(config: ResolvedConfig): string {
  return JSON.stringify({ ...config, siteDir: undefined, outDir: undefined, themeDir: undefined, force: undefined, now: undefined });
}
