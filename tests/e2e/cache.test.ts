import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../helpers/tree.js';
import { copyExample, makeTempDir, runCli } from '../helpers/run-cli.js';

const now = '2026-06-01T12:00:00Z';
const cacheFiles = ['outputs.json', 'content.jsonl', 'content.pack', 'sources.json', 'docs.jsonl', 'related.json'];

/** Builds `site` into its dist/ with the default cache and extra flags; fails on a non-zero exit. */
function build(site: string, ...flags: string[]) {
  const result = runCli(['build', site, '--now', now, ...flags]);
  if (result.status !== 0) throw new Error(`quire build exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** The bytes of a build of `site` without any cache, into a folder of its own. */
function cleanBuild(site: string, out: string): Record<string, string> {
  const result = runCli(['build', site, '--now', now, '--no-cache', '--out', out]);
  expect(result.status, result.stderr).toBe(0);
  return hashTree(out);
}

/** Reads a checksummed cache file: its header line, then JSON. */
function readCacheJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
}

/** Writes a checksummed cache file, as quire does: a header line with the SHA-1 of the JSON, then the JSON. */
function writeCacheJson(file: string, value: unknown): void {
  const json = JSON.stringify(value);
  writeFileSync(file, `quire-cache 1 ${createHash('sha1').update(json).digest('hex')}\n${json}`);
}

/** The records of a cache log (a header line, then `<sha1> [key, value]` lines; the last for a key wins). */
function readCacheLog(file: string): Map<string, unknown> {
  const records = new Map<string, unknown>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1, -1)) {
    const [key, ...value] = JSON.parse(line.slice(line.indexOf(' ') + 1)) as [string, unknown?];
    if (value.length > 0) records.set(key, value[0]);
    else records.delete(key);
  }
  return records;
}

/** Appends a record to a cache log, with its checksum: the log then says `key -> value`. */
function appendCacheRecord(file: string, key: string, value: unknown): void {
  const json = JSON.stringify([key, value]);
  appendFileSync(file, `${createHash('sha1').update(json).digest('hex')} ${json}\n`);
}

/**
 * Makes the cache lie, consistently (checksums fixed): the stored HTML of the post whose Markdown
 * contains `marker` becomes `<p>POISONED</p>`. A build that shows POISONED took the HTML from the cache.
 */
function poisonStoredHtml(cacheDir: string, marker: string): void {
  const packFile = path.join(cacheDir, 'content.pack');
  const contentFile = path.join(cacheDir, 'content.jsonl');
  const pack = readFileSync(packFile);
  const victim = [...readCacheLog(contentFile)].find(
    ([key, value]) => key.startsWith('html:') && pack.subarray(...sliceOf(value as [number, number])).toString('utf8').includes(marker),
  );
  if (!victim) throw new Error(`no stored HTML contains ${marker}`);
  const poison = Buffer.from('<p>POISONED</p>\n');
  appendFileSync(packFile, poison);
  appendCacheRecord(contentFile, victim[0], [pack.length, poison.length, createHash('sha1').update(poison).digest('hex')]);
}

/** Start and end of a blob of the pack, from its [offset, length]. */
function sliceOf([offset, length]: [number, number]): [number, number] {
  return [offset, offset + length];
}

function filesContaining(dir: string, text: string): string[] {
  return Object.keys(hashTree(dir)).filter((file) => readFileSync(path.join(dir, file), 'utf8').includes(text));
}

describe('the persistent cache (.quire-cache)', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  // The example built once with its cache, and once without any: what every unedited build must equal.
  let built: string;
  let expected: Record<string, string>;
  beforeAll(() => {
    built = copyExample('blog', path.join(temp.dir, 'built'));
    build(built);
    const cleanSite = copyExample('blog', path.join(temp.dir, 'clean-site'));
    expected = cleanBuild(cleanSite, path.join(temp.dir, 'clean'));
  });
  const copyOfBuilt = (name: string) => {
    const site = path.join(temp.dir, name, 'blog');
    cpSync(built, site, { recursive: true });
    return site;
  };

  it('skips a build when nothing changed, and rebuilds an edit into exactly what a build without it writes', () => {
    const site = copyExample('blog', path.join(temp.dir, 'edit'));
    build(site);
    for (const file of cacheFiles) expect(existsSync(path.join(site, '.quire-cache', file)), file).toBe(true);
    const first = hashTree(path.join(site, 'dist'));
    expect(first).toEqual(expected);

    const again = build(site);
    expect(again.stdout).toMatch(/^Up to date: \d+ pages/m);
    expect(hashTree(path.join(site, 'dist'))).toEqual(first);

    // A body edit of one post and a title edit of another: pages, neighbours, listings and feeds change.
    const a = path.join(site, 'posts/2021/2021-03-14-starting-a-sourdough-starter.md');
    const b = path.join(site, 'posts/2022/2022-04-09-first-long-run.md');
    appendFileSync(a, '\nA sentence added while drafting.\n');
    writeFileSync(b, readFileSync(b, 'utf8').replace(/^title: .*$/m, 'title: "A title changed later"'));
    const logs = ['docs.jsonl', 'content.jsonl'].map((name) => path.join(site, '.quire-cache', name));
    const logsBefore = logs.map((file) => readFileSync(file, 'utf8'));
    const edited = build(site);
    expect(edited.stdout).toMatch(/^Built \d+ pages/m);
    // Two posts changed: each log keeps what it held and gains a few records, not a copy of them all.
    logs.forEach((file, i) => {
      const now = readFileSync(file, 'utf8');
      expect(now.startsWith(logsBefore[i]!), file).toBe(true);
      const added = now.slice(logsBefore[i]!.length).split('\n').length - 1;
      expect(added, file).toBeGreaterThan(0);
      expect(added, file).toBeLessThan(10);
    });
    const after = hashTree(path.join(site, 'dist'));
    expect(after).not.toEqual(first);
    expect(after).toEqual(cleanBuild(site, path.join(temp.dir, 'edit-clean')));

    // Tags changed: related posts are picked again, not taken from the cache.
    const relatedBefore = readFileSync(path.join(site, '.quire-cache', 'related.json'), 'utf8');
    writeFileSync(a, readFileSync(a, 'utf8').replace(/^tags:.*$/m, 'tags: [running]'));
    build(site);
    expect(readFileSync(path.join(site, '.quire-cache', 'related.json'), 'utf8')).not.toEqual(relatedBefore);
    expect(hashTree(path.join(site, 'dist'))).toEqual(cleanBuild(site, path.join(temp.dir, 'retag-clean')));
    expect(filesContaining(path.join(site, 'dist'), 'A sentence added while drafting.').length).toBeGreaterThan(0);
    expect(filesContaining(path.join(site, 'dist'), 'A title changed later').length).toBeGreaterThan(1);
  });

  it.each(cacheFiles)('ignores a truncated or damaged %s with a warning naming it, and writes it anew', (name) => {
    const site = copyOfBuilt(`corrupt-${name}`);
    const file = path.join(site, '.quire-cache', name);
    const bytes = readFileSync(file);
    // content.pack: damage bytes in the middle; the JSON files: cut them short.
    if (name === 'content.pack') writeFileSync(file, Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0x41)]));
    else writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    rmSync(path.join(site, 'dist'), { recursive: true });

    const result = build(site);
    expect(result.stderr).toContain('warning CacheCorrupt');
    expect(result.stderr).toContain(`.quire-cache/${name}`);
    expect(hashTree(path.join(site, 'dist'))).toEqual(expected);
    // Written anew: the next build trusts it again.
    const next = build(site);
    expect(next.stderr).not.toContain('CacheCorrupt');
    expect(next.stdout).toMatch(/^Up to date/m);
  });

  it('is reused from another folder with other file times (a CI cache restore), and --verify catches a cache that lies', () => {
    const original = copyOfBuilt('machine-a');
    appendFileSync(path.join(original, 'posts/2021/2021-06-27-a-weeknight-dal.md'), '\nServe with rice.\n');
    const sound = build(original, '--verify');
    expect(sound.stdout).toContain('Verified: a build without the cache wrote the same bytes.');

    // Restored elsewhere: another absolute path, every file with another time, no output folder.
    const restored = path.join(temp.dir, 'machine-b', 'checkout');
    cpSync(original, restored, { recursive: true, filter: (source) => !source.endsWith(`${path.sep}dist`) });
    const when = new Date('2030-01-02T03:04:05Z');
    for (const file of readdirSync(restored, { recursive: true }) as string[]) utimesSync(path.join(restored, file), when, when);
    poisonStoredHtml(path.join(restored, '.quire-cache'), '<h2');

    const trusting = build(restored);
    expect(trusting.stderr).not.toContain('CacheCorrupt');
    const poisoned = filesContaining(path.join(restored, 'dist'), 'POISONED');
    expect(poisoned.length).toBeGreaterThan(0);

    rmSync(path.join(restored, 'dist'), { recursive: true });
    const verify = runCli(['build', restored, '--now', now, '--verify']);
    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain('error VerifyMismatch');
    expect(verify.stderr).toContain(`dist/${poisoned[0]} differs from the output of a build without the cache`);
    expect(verify.stdout).toMatch(/^Verify failed: \d+ difference/m);
    // The lying cache is gone: the next build renders everything again.
    expect(existsSync(path.join(restored, '.quire-cache'))).toBe(false);
    build(restored);
    expect(filesContaining(path.join(restored, 'dist'), 'POISONED')).toEqual([]);
  });

  it('knows unchanged files by size and time without reading them, and reads a file whose time changed', () => {
    const site = copyOfBuilt('stamps');
    const post = path.join(site, 'posts/2021/2021-06-27-a-weeknight-dal.md');
    const past = new Date('2020-01-01T00:00:00Z');
    for (const file of readdirSync(path.join(site, 'posts'), { recursive: true }) as string[]) utimesSync(path.join(site, 'posts', file), past, past);
    // Files changed just before a build are not stamped (a change within the same clock tick would go unseen).
    appendFileSync(post, '\nServe with rice.\n');
    build(site);
    const stamped = () => readCacheJson(path.join(site, '.quire-cache', 'sources.json')) as unknown as { stamps: [string, number, number, string][] };
    const paths = stamped().stamps.map(([file]) => file);
    expect(paths).toContain('posts/2022/2022-04-09-first-long-run.md');
    expect(paths).not.toContain('posts/2021/2021-06-27-a-weeknight-dal.md');
    // Read and hashed again, it is what the build was made from: nothing to do, and now it is stamped.
    utimesSync(post, past, past);
    expect(build(site).stdout).toMatch(/^Up to date/m);
    expect(stamped().stamps.map(([file]) => file)).toContain('posts/2021/2021-06-27-a-weeknight-dal.md');

    // The same size and time: the file is taken to be unchanged and is not even read (as git does)...
    const text = readFileSync(post, 'utf8');
    writeFileSync(post, text.replace('Serve with rice.', 'Serve with naan.'));
    utimesSync(post, past, past);
    expect(build(site).stdout).toMatch(/^Up to date/m);
    expect(filesContaining(path.join(site, 'dist'), 'Serve with naan.')).toEqual([]);
    // ...which --verify, reading everything, would catch; any other time makes the build read it.
    utimesSync(post, new Date('2020-01-02T00:00:00Z'), new Date('2020-01-02T00:00:00Z'));
    expect(build(site).stdout).toMatch(/^Built \d+ pages/m);
    expect(filesContaining(path.join(site, 'dist'), 'Serve with naan.').length).toBeGreaterThan(0);
    expect(hashTree(path.join(site, 'dist'))).toEqual(cleanBuild(site, path.join(temp.dir, 'stamps-clean')));

    // A stamped post is not even parsed: its doc comes from docs.jsonl. A consistent lie there shows it.
    const docsFile = path.join(site, '.quire-cache', 'docs.jsonl');
    const dalPath = 'posts/2021/2021-06-27-a-weeknight-dal.md';
    const dal = readCacheLog(docsFile).get(dalPath) as { fields: [string, unknown?][] };
    for (const field of dal.fields) if (field[0] === 'title') field[1] = 'A title only the cache knows';
    appendCacheRecord(docsFile, dalPath, dal);
    appendFileSync(path.join(site, 'posts/2022/2022-04-09-first-long-run.md'), '\nAnother mile.\n');
    expect(build(site).stdout).toMatch(/^Built \d+ pages/m);
    expect(filesContaining(path.join(site, 'dist'), 'A title only the cache knows').length).toBeGreaterThan(0);
  });

  it('after an edit of post texts alone, looks only at the files that show those posts', () => {
    const site = copyOfBuilt('texts-only');
    // Copied, the output files have other times than the cache recorded: one build records them anew.
    build(site);
    const outputsFile = path.join(site, '.quire-cache', 'outputs.json');
    const about = path.join(site, 'dist', 'about', 'index.html');
    // A consistent lie about a page no post shows: a build that fingerprints it writes it again.
    const lie = () => {
      const outputs = readCacheJson(outputsFile) as { outputs: [string, string, ...unknown[]][] };
      for (const output of outputs.outputs) if (output[0] === 'about/index.html') output[1] = 'a fingerprint nothing has';
      writeCacheJson(outputsFile, outputs);
    };
    // The file as it is: written again, it would be another file, or the same one at a later time.
    const asIs = (file = about) => `${statSync(file).ino} ${statSync(file).mtimeMs}`;
    const relatedFile = path.join(site, '.quire-cache', 'related.json');
    lie();
    const before = asIs();
    const relatedBefore = asIs(relatedFile);
    appendFileSync(path.join(site, 'posts/2021/2021-06-27-a-weeknight-dal.md'), '\nServe with rice.\n');
    expect(build(site).stdout).toMatch(/^Built \d+ pages/m);
    expect(filesContaining(path.join(site, 'dist'), 'Serve with rice.').length).toBeGreaterThan(0);
    expect(asIs()).toBe(before);
    // No date or tag changed: the related posts kept are still the ones, and their file is left alone.
    expect(asIs(relatedFile)).toBe(relatedBefore);

    // The config changed (a value every page shows): every file is looked at, the page written again.
    lie();
    const config = path.join(site, 'quire.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^title: .*$/m, 'title: Another title'));
    build(site);
    expect(asIs()).not.toBe(before);
    expect(hashTree(path.join(site, 'dist'))).toEqual(cleanBuild(site, path.join(temp.dir, 'texts-only-clean')));
  });

  it('--no-cache neither reads nor writes it; --cache names another folder', () => {
    // The clean builds of this file are --no-cache builds of a site with no cache folder of its own.
    expect(existsSync(path.join(temp.dir, 'clean-site', 'blog', '.quire-cache'))).toBe(false);
    const site = copyExample('blog', path.join(temp.dir, 'flags'));
    build(site, '--cache', 'build-cache');
    expect(existsSync(path.join(site, '.quire-cache'))).toBe(false);
    expect(statSync(path.join(site, 'build-cache', 'content.jsonl')).isFile()).toBe(true);
    expect(build(site, '--cache', 'build-cache').stdout).toMatch(/^Up to date/m);
    // What an earlier version kept there is removed by the next build that saves the cache.
    writeFileSync(path.join(site, 'build-cache', 'docs.json'), 'quire-cache 1 0\n{}');
    appendFileSync(path.join(site, 'posts/2022/2022-04-09-first-long-run.md'), '\nAnother mile.\n');
    expect(build(site, '--cache', 'build-cache').stdout).toMatch(/^Built \d+ pages/m);
    expect(existsSync(path.join(site, 'build-cache', 'docs.json'))).toBe(false);
  });
});
