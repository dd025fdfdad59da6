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
});
