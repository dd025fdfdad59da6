/** A text file of the site: a post, a page, a data file or a template. */
export interface SourceFile {
  /** Path relative to the site folder with `/` separators, e.g. `posts/2024/hello.md`. */
  readonly path: string;
  readonly absPath: string;
  readonly text: string;
  /** Size and modification time when read (watch sessions re-read a file only when they change). */
  readonly size?: number;
  readonly mtimeMs?: number;
  /** The hash of `text` (see textHash), when known. */
  readonly hash?: string;
  /**
   * True when `text` was not read yet, its hash being known from the file's stamp: reading it reads
   * the file (see readDeferredFile).
   */
  readonly deferred?: boolean;
}

/** A template or theme asset, keyed by its name inside the theme (`layouts/post.hbs`). */
export interface ThemeFile extends SourceFile {
  readonly name: string;
  /** Where it came from: the site's own `templates/` folder, a theme, or a plugin (partials only). */
  readonly origin: 'site' | 'theme' | 'plugin';
}

/** A file copied to the output as is. */
export interface StaticFile {
  /** Path relative to the site folder, e.g. `static/images/a.png`. */
  readonly path: string;
  readonly absPath: string;
  /** Path inside the output folder, e.g. `images/a.png`. */
  readonly outputPath: string;
  /** Size and modification time: a copy is made again only when one of them changed. */
  readonly size: number;
  readonly mtimeMs: number;
}

/** Everything the build reads, found and loaded from disk in a stable order. */
export interface SiteSources {
  readonly posts: readonly SourceFile[];
  readonly pages: readonly SourceFile[];
  readonly data: readonly SourceFile[];
  /** Templates (`layouts/*.hbs`, `partials/*.hbs`). */
  readonly theme: readonly ThemeFile[];
  /** Theme assets copied to `/assets/`. */
  readonly themeAssets: readonly StaticFile[];
  readonly staticFiles: readonly StaticFile[];
}
