// quire's public API: re-exports only.
export { build, type BuildResult, type BuiltFile, type Stage } from './build/build.js';
export { loadConfig } from './config/load-config.js';
export type { BuildOptions, ResolvedConfig, UserConfig } from './config/types.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { startWatchSession, type WatchOptions, type WatchSession } from './watch/watch-session.js';
