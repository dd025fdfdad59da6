import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildAbort } from '../../../src/diagnostics/diagnostic.js';
import { withBodyOnDisk } from '../../../src/parse/body-on-disk.js';
import { readSourceDoc } from '../../../src/parse/read-source-doc.js';

describe('bodies left on disk', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quire-body-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // As the sources stage reads a file: a BOM is dropped from the text.
  const docOf = (name: string, text: string) => {
    const absPath = path.join(dir, name);
    writeFileSync(absPath, text);
    const file = { path: `posts/${name}`, absPath, text: text.replace(/^\uFEFF/, '') };
    const doc = readSourceDoc(file, 'post', 'UTC', []);
    if (!doc) throw new Error('not parsed');
    return { doc, file, absPath };
  };

  it('reads back exactly the body parsed, blank lines for the front matter included', () => {
    const text = '\uFEFF---\ntitle: Hello\ndate: 2024-01-02\n---\n\n\nFirst paragraph.\n\n# Heading\n';
    const { doc, file } = docOf('2024-01-02-hello.md', text);
    const lean = withBodyOnDisk(doc, file);
    expect(lean).toBeDefined();
    expect(lean!.body).toBe(doc.body);
    expect(lean!.title).toBe('Hello');
    expect(lean!.bodyHash).toMatch(/^[\w-]+$/);
  });

  it('keeps every field equal, TOML dates as they are, in copies that hold none of the text', () => {
    const yaml = docOf('2024-01-05-fields.md', '---\ntitle: A title long enough to be a slice\ndate: 2024-01-05\ntags: [a tag of some length, b]\nseries: {name: The longer name of a series, part: 2}\n---\nBody.\n');
    const lean = withBodyOnDisk(yaml.doc, yaml.file)!;
    const { body: _a, ...expected } = yaml.doc;
    const { body: _b, bodyHash: _c, ...fields } = lean;
    expect(fields).toEqual(expected);
    expect(fields.positions).toEqual(yaml.doc.positions);
    const toml = docOf('2024-01-06-toml.md', '+++\ntitle = "TOML"\nwhen = 2024-01-06T10:00:00\n+++\nBody.\n');
    const tomlLean = withBodyOnDisk(toml.doc, toml.file)!;
    expect(tomlLean.extra.when).toBe(toml.doc.extra.when);
    expect(Object.getPrototypeOf(tomlLean.extra.when)).not.toBe(Object.prototype);
  });

  it('keeps in memory a body that is not the tail of its file (line ends made LF)', () => {
    const { doc, file } = docOf('2024-01-04-crlf.md', '---\r\ntitle: Windows\r\ndate: 2024-01-04\r\n---\r\nLine one.\r\nLine two.\r\n');
    expect(withBodyOnDisk(doc, file)).toBeUndefined();
  });

  it('stops the build with SourceChangedDuringBuild when the file changed since it was parsed', () => {
    const { doc, file, absPath } = docOf('2024-01-03-changing.md', '---\ntitle: Changing\ndate: 2024-01-03\n---\nOld body.\n');
    const lean = withBodyOnDisk(doc, file)!;
    writeFileSync(absPath, '---\ntitle: Changing\ndate: 2024-01-03\n---\nNew body, saved during the build.\n');
    let thrown: unknown;
    try {
      void lean.body;
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BuildAbort);
    expect((thrown as BuildAbort).diagnostics[0]).toMatchObject({ code: 'SourceChangedDuringBuild', file: 'posts/2024-01-03-changing.md' });
  });
});
