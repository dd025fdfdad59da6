import type { UserConfig } from './types.js';

/**
 * Returns the config as it is: wrapping a code config (`quire.config.ts`) in it gives editors its
 * type, so every key, hook and value is checked and completed as it is typed.
 */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
