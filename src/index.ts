// quire's public API: re-exports only.
export { build, type BuildResult, type BuiltFile, type Stage } from './build/build.js';
export { createBuildReport, reportVersion, type BuildReport, type ReportedFile } from './build/build-report.js';
export { defineConfig } from './config/define-config.js';
export { loadConfig } from './config/load-config.js';
export type { BuildOptions, BuildProgress, FeedConfig, MarkdownConfig, ResolvedConfig, UserConfig } from './config/types.js';
export type { FieldDeclaration, FieldSchema, FieldType } from './config/field-schema.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type { Author, AuthorListing, Entry, ExcludedPost, Post, Site, Tag, TagRef } from './model/types.js';
export type { PluginOutputFile, QuirePlugin } from './plugins/types.js';
export { serve, type ServeOptions, type ServeSession } from './watch/serve-site.js';
export {
  startWatchSession,
  startWatchSession as watch,
  type WatchEvents,
  type WatchOptions,
  type WatchSession,
} from './watch/watch-session.js';
export type { OutputChanges } from './write/output-hashes.js';
