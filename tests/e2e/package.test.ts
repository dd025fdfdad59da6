import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot } from '../helpers/run-cli.js';

/**
 * quire as a user gets it: packed with `npm pack`, installed with `npm ci` into an empty folder from
 * the npm cache, then used through its bin and its API. Offline: the repository's own install put every
 * package's tarball in the cache, and the consumer's lockfile (made from the repository's) names each
 * one, so that no registry metadata is asked for.
 */
describe('the packed package', () => {
  const temp = makeTempDir('quire-pack-');
  afterAll(() => temp.cleanup());
  const consumer = path.join(temp.dir, 'consumer');
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const typesNode = (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;

  // lib/ is built by `npm test` before the tests run; packing does not build again.
  npm(['pack', '--ignore-scripts', '--pack-destination', temp.dir], repoRoot);
  const tarball = path.join(temp.dir, readdirSync(temp.dir).find((name) => name.endsWith('.tgz'))!);
  mkdirSync(path.join(consumer, 'site/posts'), { recursive: true });
  writeConsumerPackage(consumer, path.basename(tarball), typesNode);
  npm(['ci', '--offline', '--no-audit', '--no-fund'], consumer);
  writeFileSync(path.join(consumer, 'site/posts/2025-01-01-hello.md'), '---\ntitle: Hello\n---\nFrom the **package**.\n');
  // A TypeScript config with a plugin, importing quire as the site's own dependency.
  writeFileSync(
    path.join(consumer, 'site/quire.config.ts'),
    "import { defineConfig, type QuirePlugin } from 'quire';\n" +
      "const stamp: QuirePlugin = { name: 'stamp', outputs: (site) => [{ path: 'count.txt', text: String(site.posts.length) }] };\n" +
      "export default defineConfig({ title: 'Packaged', plugins: [stamp] });\n",
  );

  it('installs a bin that builds a site with a quire.config.ts', () => {
    const result = spawnSync(path.join(consumer, 'node_modules/.bin/quire'), ['build', 'site', '--out', 'bin-out'], { cwd: consumer, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // A relative --out is taken from the site folder.
    expect(readFileSync(path.join(consumer, 'site/bin-out/posts/hello/index.html'), 'utf8')).toContain('<strong>package</strong>');
    expect(readFileSync(path.join(consumer, 'site/bin-out/count.txt'), 'utf8')).toBe('1');
  });

  it('builds a site through the API, and typechecks a script that imports it', () => {
    const script = [
      "import { build, defineConfig, loadConfig, serve, watch, type BuildResult, type QuirePlugin } from 'quire';",
      "const plugin: QuirePlugin = { name: 'stamp', outputs: (site) => [{ path: 'count.txt', text: String(site.posts.length) }] };",
      "const config = defineConfig({ title: 'From the API', plugins: [plugin] });",
      "const result: BuildResult = await build('site', { outDir: 'api-out' });",
      "const exitCode: 0 | 1 | 2 = result.exitCode;",
      "console.log(JSON.stringify({ exitCode, title: (await loadConfig('site')).title, hooks: config.plugins?.length, api: [typeof serve, typeof watch] }));",
      '',
    ].join('\n');
    writeFileSync(path.join(consumer, 'check.ts'), script);
    writeFileSync(path.join(consumer, 'check.mjs'), script.replace(/, type \w+/g, '').replace(/: (BuildResult|QuirePlugin|0 \| 1 \| 2)/g, ''));
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: ['node'] }, files: ['check.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: consumer, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const run = spawnSync(process.execPath, ['check.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ exitCode: 0, title: 'Packaged', hooks: 1, api: ['function', 'function'] });
    expect(readFileSync(path.join(consumer, 'site/api-out/posts/hello/index.html'), 'utf8')).toContain('<title>Hello — Packaged</title>');
  });
});

/**
 * The consumer's package.json, depending on the packed tarball (one folder up) and @types/node, and its
 * lockfile: quire's entry from its package.json, every other from the repository's lockfile (those the
 * consumer does not need are left out by npm).
 */
function writeConsumerPackage(consumer: string, tarballName: string, typesNode: string): void {
  type LockEntry = Record<string, unknown> & { dev?: boolean; devOptional?: boolean };
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  const dependencies = { quire: `file:../${tarballName}`, '@types/node': typesNode };
  const packages: Record<string, unknown> = { '': { name: 'consumer', dependencies } };
  for (const [at, entry] of Object.entries(lock.packages)) {
    if (!at.startsWith('node_modules/')) continue;
    const { dev: _dev, devOptional: _devOptional, ...kept } = entry;
    packages[at] = kept;
  }
  const { version, license, bin, engines } = manifest;
  packages['node_modules/quire'] = { version, resolved: `file:../${tarballName}`, license, dependencies: manifest.dependencies, bin, engines };
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(path.join(consumer, 'package-lock.json'), `${JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
}
