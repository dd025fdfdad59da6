import { BuildAbort, createDiagnostic } from '../diagnostics/diagnostic.js';
import { fingerprintOf } from '../render/fingerprint.js';
import type { SourceFile } from '../source/types.js';
import { readTextFile } from '../source/read-text-file.js';
import type { SourceDoc } from './source-doc.js';

/**
 * The doc with its body left on disk: read again from the file when rendering asks for it, so that a
 * build keeps the front matter of every post in memory but only the body it is rendering. The body is
 * the file's tail after blank lines standing for the front matter; the hash of the body parsed is kept,
 * and a file changed since it was parsed stops the build instead of mixing two versions. Undefined when
 * the body may not be such a tail (line ends were made LF): it then stays in memory.
 */
export function withBodyOnDisk(doc: SourceDoc, file: SourceFile): SourceDoc | undefined {
  const body = doc.body;
  let lead = 0;
  while (lead < body.length && body.charCodeAt(lead) === 10) lead++;
  const tailLength = body.length - lead;
  // The parser makes a body of blank lines and the file's text after the front matter, except where it
  // made line ends LF. Comparing whole bodies would cost a copy of each; re-reading checks the hash.
  if (tailLength > file.text.length || file.text.includes('\r')) return undefined;
  const bodyHash = fingerprintOf(body);
  const lean = { ...doc, bodyHash };
  // Not `file`: its text would stay alive with the doc.
  const { absPath, path } = file;
  Object.defineProperty(lean, 'body', {
    enumerable: true,
    get: () => {
      const text = readTextFile(absPath, path, []) ?? '';
      const again = '\n'.repeat(lead) + text.slice(Math.max(0, text.length - tailLength));
      if (fingerprintOf(again) !== bodyHash) throw changedDuringBuild(path);
      return again;
    },
  });
  return lean;
}

function changedDuringBuild(file: string): BuildAbort {
  return new BuildAbort([
    createDiagnostic('error', 'SourceChangedDuringBuild', 'the file changed while the site was being built', {
      file,
      hint: 'build again once the file is saved',
    }),
  ]);
}

