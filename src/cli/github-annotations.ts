import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithubAnnotation } from '../diagnostics/format-github-annotation.js';
import { isInside } from '../source/walk-files.js';

/** Whether the build runs in GitHub Actions, which turns workflow commands into annotations. */
export function isGithubActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/**
 * Every diagnostic as a workflow command. Annotations attach to files by their path in the repository:
 * relative to `GITHUB_WORKSPACE` (the checkout) when the file is inside it, else to the current folder.
 */
export function githubAnnotations(diagnostics: readonly Diagnostic[], siteDir: string, env: NodeJS.ProcessEnv, cwd: string): string[] {
  const root = env.GITHUB_WORKSPACE ? path.resolve(cwd, env.GITHUB_WORKSPACE) : undefined;
  return diagnostics.map((diagnostic) => {
    if (!diagnostic.file) return formatGithubAnnotation(diagnostic, undefined);
    const file = path.resolve(siteDir, diagnostic.file);
    const base = root && isInside(file, root) ? root : cwd;
    return formatGithubAnnotation(diagnostic, path.relative(base, file).split(path.sep).join('/'));
  });
}
