import { cpSync, mkdirSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashTree } from '../helpers/tree.js';
import { copyExample, makeTempDir, runCli } from '../helpers/run-cli.js';

/** Every file under `dir`, relative. */
function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile());
}

/** A deterministic shuffle (so a failure can be replayed), different for each seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('reproducible builds', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('give byte-identical sites across time zones, locales, file creation order and modification times', () => {
    const first = copyExample('blog', path.join(temp.dir, 'a'));
    // The same files, created in another order, in another folder, with other modification times.
    const second = path.join(temp.dir, 'b', 'blog');
    const files = listFiles(first);
    for (const [index, file] of shuffled(files, 7).entries()) {
      mkdirSync(path.dirname(path.join(second, file)), { recursive: true });
      cpSync(path.join(first, file), path.join(second, file));
      const when = new Date(Date.UTC(2001 + (index % 20), index % 12, 1 + (index % 27)));
      utimesSync(path.join(second, file), when, when);
    }
    expect(listFiles(second).sort()).toEqual(files.sort());

    const one = runCli(['build', first], { env: { TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
    expect(one.status, one.stderr).toBe(0);
    const two = runCli(['build', second], { env: { TZ: 'America/Adak', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
    expect(two.status, two.stderr).toBe(0);

    const a = hashTree(path.join(first, 'dist'));
    const b = hashTree(path.join(second, 'dist'));
    expect(Object.keys(a).length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });
});
