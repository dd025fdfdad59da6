import { describe, expect, it } from 'vitest';
import { dropDuplicateOutputs } from '../../../src/build/check-outputs.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import type { PlannedOutput } from '../../../src/render/output.js';

const output = (outputPath: string, source: string): PlannedOutput => ({
  outputPath,
  source,
  at: { line: 1, column: 1 },
  inputs: [source],
  fingerprint: () => undefined,
  produce: () => ({ text: '' }),
});

describe('dropDuplicateOutputs', () => {
  it('reports two inputs writing one file, and keeps the first', () => {
    const diagnostics: Diagnostic[] = [];
    const kept = dropDuplicateOutputs([output('posts/a/index.html', 'posts/a.md'), output('posts/a/index.html', 'posts/b.md')], diagnostics);
    expect(kept.map((o) => o.source)).toEqual(['posts/a.md']);
    expect(diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ['DuplicateUrl', 'posts/b.md', 'posts/b.md and posts/a.md would both write /posts/a/index.html'],
    ]);
  });

  it('reports paths that differ only in letter case', () => {
    const diagnostics: Diagnostic[] = [];
    dropDuplicateOutputs([output('images/Logo.png', 'static/images/Logo.png'), output('images/logo.png', 'static/images/logo.png')], diagnostics);
    expect(diagnostics[0]?.code).toBe('DuplicateUrlCase');
    expect(diagnostics[0]?.message).toContain('differ only in letter case');
  });

  it('treats NFC and NFD spellings of the same name as one file', () => {
    const diagnostics: Diagnostic[] = [];
    dropDuplicateOutputs([output('posts/caf\u00e9/index.html', 'posts/x.md'), output('posts/cafe\u0301/index.html', 'posts/y.md')], diagnostics);
    expect(diagnostics[0]?.code).toBe('DuplicateUrl');
  });

  it('drops outputs that would leave the output folder or that Windows cannot hold, at their source line', () => {
    const diagnostics: Diagnostic[] = [];
    const kept = dropDuplicateOutputs(
      [
        output('posts/ok/index.html', 'posts/ok.md'),
        output('../../outside/index.html', 'posts/a.md'),
        output('/etc/index.html', 'posts/b.md'),
        output('posts/con/index.html', 'posts/c.md'),
        output('posts/a\u0000b/index.html', 'posts/d.md'),
      ],
      diagnostics,
    );
    expect(kept.map((o) => o.outputPath)).toEqual(['posts/ok/index.html']);
    expect(diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['OutputPathUnsafe', 'posts/a.md', 1],
      ['OutputPathUnsafe', 'posts/b.md', 1],
      ['OutputPathUnsafe', 'posts/c.md', 1],
      ['OutputPathUnsafe', 'posts/d.md', 1],
    ]);
    expect(diagnostics[0]?.message).toBe('posts/a.md would write "../../outside/index.html", which contains a ".." segment');
  });

  it('copies static files under the names they have on disk, as long as they stay inside', () => {
    const diagnostics: Diagnostic[] = [];
    const copy = (outputPath: string): PlannedOutput => ({ ...output(outputPath, `static/${outputPath}`), copy: true });
    const kept = dropDuplicateOutputs([copy('js/aux.js'), copy('odd\\name.txt'), copy('../x.js'), copy('.quire-output/x.png')], diagnostics);
    expect(kept.map((o) => o.outputPath)).toEqual(['js/aux.js', 'odd\\name.txt']);
    expect(diagnostics.map((d) => d.code)).toEqual(['OutputPathUnsafe', 'OutputPathUnsafe']);
    expect(diagnostics[1]?.message).toContain("uses .quire-output, the name of the file that marks quire's output folders");
  });

  it('reports a clash at the source file even when the second output is generated', () => {
    const diagnostics: Diagnostic[] = [];
    dropDuplicateOutputs([output('feed.xml', 'posts/a.md'), { ...output('feed.xml', 'feed'), at: undefined }], diagnostics);
    expect(diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['DuplicateUrl', 'posts/a.md', 1]]);
  });

  it('reports a path that one output writes as a file and another needs as a folder, whatever the order', () => {
    const diagnostics: Diagnostic[] = [];
    const copy = (outputPath: string): PlannedOutput => ({ ...output(outputPath, `static/${outputPath}`), copy: true });
    const kept = dropDuplicateOutputs(
      [copy('post'), output('post/index.html', 'pages/post.md'), output('about/index.html', 'pages/about.md'), copy('About/index.html/x.png')],
      diagnostics,
    );
    expect(kept.map((o) => o.outputPath)).toEqual(['post', 'about/index.html']);
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.message])).toEqual([
      ['OutputPathConflict', 'pages/post.md', 1, 'pages/post.md would write /post/index.html, inside /post, which static/post writes as a file'],
      ['OutputPathConflict', 'static/About/index.html/x.png', 1, 'static/About/index.html/x.png would write /About/index.html/x.png, inside /about/index.html, which pages/about.md writes as a file'],
    ]);
    const reverse: Diagnostic[] = [];
    dropDuplicateOutputs([output('post/index.html', 'pages/post.md'), copy('post')], reverse);
    expect(reverse.map((d) => d.message)).toEqual(['static/post would write the file /post, which pages/post.md needs as a folder']);
  });
});
