import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/diagnostics/diagnostic.js';
import { escapeData, escapeProperty, formatGithubAnnotation } from '../../../src/diagnostics/format-github-annotation.js';
import { githubAnnotations, isGithubActions } from '../../../src/cli/github-annotations.js';

describe('GitHub workflow commands', () => {
  it('an error with its file, line, column and code as the title', () => {
    const diagnostic = createDiagnostic('error', 'FrontMatterInvalidDate', '"date": not a date', { file: 'posts/a.md', at: { line: 3, column: 7 } });
    expect(formatGithubAnnotation(diagnostic, 'posts/a.md')).toBe('::error file=posts/a.md,line=3,col=7,title=FrontMatterInvalidDate::"date": not a date');
  });

  it('a warning, a hint on the next line, and no position where there is none', () => {
    const diagnostic = createDiagnostic('warning', 'CacheCorrupt', 'cache file damaged', { hint: 'nothing to do' });
    expect(formatGithubAnnotation(diagnostic, undefined)).toBe('::warning title=CacheCorrupt::cache file damaged%0Ahint: nothing to do');
  });

  it('escapes % CR LF in the message, and also : and , in properties', () => {
    expect(escapeData('100%\r\nok: a,b')).toBe('100%25%0D%0Aok: a,b');
    expect(escapeProperty('C:\\a,b%.md')).toBe('C%3A\\a%2Cb%25.md');
    const diagnostic = createDiagnostic('error', 'X', 'two\nlines', { file: 'a:b,c.md', at: { line: 1, column: 1 } });
    expect(formatGithubAnnotation(diagnostic, 'a:b,c.md')).toBe('::error file=a%3Ab%2Cc.md,line=1,col=1,title=X::two%0Alines');
  });

  it('replaces control characters from content, which could hide or forge log lines', () => {
    const diagnostic = createDiagnostic('error', 'X', 'bad \u001b[2K title');
    expect(formatGithubAnnotation(diagnostic, undefined)).toBe('::error title=X::bad \ufffd[2K title');
  });

  it('names files from the repository root when inside GITHUB_WORKSPACE, else from the current folder', () => {
    const diagnostic = createDiagnostic('error', 'X', 'm', { file: 'posts/a.md', at: { line: 2, column: 1 } });
    const inRepo = githubAnnotations([diagnostic], '/repo/blog', { GITHUB_WORKSPACE: '/repo' }, '/repo/blog');
    expect(inRepo).toEqual(['::error file=blog/posts/a.md,line=2,col=1,title=X::m']);
    const elsewhere = githubAnnotations([diagnostic], '/tmp/site', { GITHUB_WORKSPACE: '/repo' }, '/tmp');
    expect(elsewhere).toEqual(['::error file=site/posts/a.md,line=2,col=1,title=X::m']);
    expect(githubAnnotations([diagnostic], '/tmp/site', {}, '/tmp/site')).toEqual(['::error file=posts/a.md,line=2,col=1,title=X::m']);
  });

  it('only when GITHUB_ACTIONS is "true"', () => {
    expect(isGithubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(isGithubActions({})).toBe(false);
    expect(isGithubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
  });
});
