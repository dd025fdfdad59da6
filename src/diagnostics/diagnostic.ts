/** How bad a problem is: errors stop the site from being replaced, warnings do not (unless strict). */
export type Severity = 'error' | 'warning';

/**
 * A problem found while building, as data: collected across the whole build and printed at the end.
 * Positions are 1-based and refer to the file as it is on disk.
 */
export interface Diagnostic {
  /** Stable name of the problem, e.g. `FrontMatterInvalidDate`. */
  readonly code: string;
  readonly severity: Severity;
  /** What happened, without the position. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
  /** Path relative to the site folder (POSIX separators), or an absolute path outside it. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Builds a diagnostic; `at` may be omitted when the problem concerns a whole file. */
export function createDiagnostic(
  severity: Severity,
  code: string,
  message: string,
  where: { file?: string; at?: SourcePosition; hint?: string } = {},
): Diagnostic {
  const diagnostic: Diagnostic = {
    code,
    severity,
    message,
    ...(where.hint ? { hint: where.hint } : {}),
    ...(where.file ? { file: where.file } : {}),
    ...(where.at ? { line: where.at.line, column: where.at.column } : {}),
  };
  return diagnostic;
}

/**
 * Under `--strict`, warnings about the site are errors. A damaged cache (CacheCorrupt) is not: it says
 * nothing about the site, and the build that reports it repairs it.
 */
export function strictDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === 'warning' && d.code !== 'CacheCorrupt' ? { ...d, severity: 'error' } : d));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Thrown by a stage that cannot go on at all (for example an unreadable config file). Carries its
 * diagnostics so that the caller prints them like any other; `exitCode` 2 marks usage/config problems.
 */
export class BuildAbort extends Error {
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(diagnostics.map((d) => d.message).join('; '));
    this.name = 'BuildAbort';
  }
}

/** Orders diagnostics by file, then position, so reports are stable whatever order work finished in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}
