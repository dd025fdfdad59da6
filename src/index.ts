// quire's public API: re-exports only.
export { build, type BuildResult, type BuiltFile, type Stage } from './build/build.js';
export { createBuildReport, reportVersion, type BuildReport, type ReportedFile } from './build/build-report.js';
export { loadConfig } from './config/load-config.js';
export type { BuildOptions, BuildProgress, ResolvedConfig, UserConfig } from './config/types.js';
export type { FieldDeclaration, FieldSchema, FieldType } from './config/field-schema.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { OutputChanges } from './write/output-hashes.js';
export { startWatchSession, type WatchOptions, type WatchSession } from './watch/watch-session.js';
