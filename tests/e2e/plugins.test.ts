import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { loadConfig } from '../../src/config/load-config.js';
import { BuildAbort } from '../../src/diagnostics/diagnostic.js';
import type { FileChange } from '../../src/watch/classify-change.js';
import { startWatchSession } from '../../src/watch/watch-session.js';
import { readHtml } from '../helpers/html.js';
import { copyPluginExample } from '../helpers/plugin-site.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { hashTree } from '../helpers/tree.js';

describe('examples/plugins: a quire.config.ts with plugins, an overridden layout and partial', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = copyPluginExample(temp.dir);
  const out = path.join(temp.dir, 'out');
  const result = runCli(['build', site, '--out', out]);

  it('builds', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('renders callouts with the markdown-it plugin', () => {
    const aside = readHtml(out, 'posts/clearing-the-plot/index.html').querySelector('aside.callout--warning');
    expect(aside?.querySelector('.callout__title')?.text).toBe('Before you dig');
    expect(aside?.text).toContain('water pipes');
  });

  it('adds series fields in model(), shown by the plugin helper and partial in the site layout', () => {
    const page = readHtml(out, 'posts/first-sowings/index.html');
    expect(page.querySelector('.post-header__series')?.text).toBe('Part 2 of 3 of Garden year');
    expect(page.querySelector('.series-nav a[rel=prev]')?.getAttribute('href')).toBe('/posts/clearing-the-plot/');
    expect(page.querySelector('.series-nav a[rel=next]')?.getAttribute('href')).toBe('/posts/midsummer-harvest/');
    // A post outside the series has neither.
    expect(readHtml(out, 'posts/a-new-spade/index.html').querySelector('.series-nav')).toBeNull();
  });

  it('uses the site footer partial on every page', () => {
    expect(readHtml(out, 'index.html').querySelector('.site-footer')?.text).toContain('notes from plot 14');
  });

  it('writes the file the outputs() hook adds', () => {
    const list = JSON.parse(readFileSync(path.join(out, 'series.json'), 'utf8')) as { name: string; posts: { title: string }[] }[];
    expect(list.map((s) => [s.name, s.posts.map((p) => p.title)])).toEqual([['Garden year', ['Clearing the plot', 'First sowings', 'Midsummer harvest']]]);
  });

  it('keeps watch output equal to a clean build across content, plugin and config edits', async () => {
    const watched = path.join(temp.dir, 'watched');
    let push: (change: FileChange) => void = () => {};
    const watchFiles = (_root: string, _excluded: readonly string[], onChange: (c: FileChange) => void) => {
      push = onChange;
      return { ready: Promise.resolve(), close: async () => {} };
    };
    const session = await startWatchSession(site, { outDir: watched, debounceMs: 1, watchFiles });
    const edit = async (file: string, change: (text: string) => string) => {
      writeFileSync(path.join(site, file), change(readFileSync(path.join(site, file), 'utf8')));
      push({ path: file, event: 'change' });
      await session.idle();
      const clean = path.join(temp.dir, `clean-${file.replace(/\W/g, '-')}`);
      const fresh = await build(site, { outDir: clean });
      expect(fresh.ok).toBe(true);
      expect(hashTree(watched)).toEqual(hashTree(clean));
    };
    try {
      expect(session.initial.ok).toBe(true);
      // A title edit changes the series navigation of the neighbouring posts.
      await edit('posts/2025-03-02-clearing-the-plot.md', (t) => t.replace('title: Clearing the plot', 'title: Clearing the ground'));
      expect(readHtml(watched, 'posts/first-sowings/index.html').querySelector('.series-nav a[rel=prev]')?.text).toContain('Clearing the ground');
      await edit('posts/2025-05-10-a-new-spade.md', (t) => `${t}\n::: note\nOiled after use.\n:::\n`);
      // A plugin file is code the config imports: the config is loaded again.
      await edit('plugins/series.ts', (t) => t.replace('`Part ${', '`Chapter ${'));
      expect(readHtml(watched, 'posts/first-sowings/index.html').querySelector('.post-header__series')?.text).toBe('Chapter 2 of 3 of Garden year');
      await edit('quire.config.ts', (t) => t.replace("title: 'Plot Notes'", "title: 'Plot Diary'"));
      expect(readHtml(watched, 'index.html').querySelector('.site-footer')?.text).toContain('Plot Diary');
    } finally {
      await session.close();
    }
  });
});

describe('a plugin that throws', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = path.join(temp.dir, 'site');
  const out = path.join(temp.dir, 'out');
  const config = (model: string) =>
    `export default { title: 'T', plugins: [{ name: 'series', model(site) { ${model} } }] };\n`;

  it('is a PluginError naming the plugin and the hook: exit code 1, the site stays as it was', () => {
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'posts', '2025-01-01-a.md'), '---\ntitle: A\n---\nBody.\n');
    writeFileSync(path.join(site, 'quire.config.mjs'), config('return site;'));
    expect(runCli(['build', site, '--out', out]).status).toBe(0);
    const before = hashTree(out);
    writeFileSync(path.join(site, 'quire.config.mjs'), config("throw new Error('no series named x');"));
    const failed = runCli(['build', site, '--out', out]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('quire.config.mjs error PluginError plugin "series" failed in model(): no series named x');
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(hashTree(out)).toEqual(before);
  });
});

describe('config files', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  let n = 0;
  const siteWith = (files: Record<string, string>) => {
    const site = path.join(temp.dir, `site-${n++}`);
    mkdirSync(site);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(site, name), text);
    return site;
  };
  const problems = async (site: string) => {
    try {
      await loadConfig(site);
    } catch (error) {
      if (error instanceof BuildAbort) return error.diagnostics.map((d) => `${d.file}${d.line ? `:${d.line}:${d.column}` : ''} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
      throw error;
    }
    return [];
  };

  it('reads a .mjs config the way it reads YAML', async () => {
    const config = await loadConfig(siteWith({ 'quire.config.mjs': "export default { title: 'From code', perPage: 3 };\n" }));
    expect([config.configFile, config.title, config.perPage]).toEqual(['quire.config.mjs', 'From code', 3]);
  });

  it('names an unknown key and a wrong type of a code config', async () => {
    const site = siteWith({ 'quire.config.js': "export default { titel: 'x', perPage: 'ten' };\n" });
    expect(await problems(site)).toEqual([
      'quire.config.js ConfigUnknownKey unknown config key "titel" (did you mean "title"?)',
      'quire.config.js ConfigInvalidValue "perPage" must be a whole number above 0',
    ]);
  });

  it('names a plugin with a hook quire does not know', async () => {
    const site = siteWith({ 'quire.config.mjs': "export default { plugins: [{ name: 'x', modle() {} }] };\n" });
    expect((await problems(site))[0]).toContain('"plugins" must be a list of plugins whose hooks are markdown, helpers, partials, templates, model, outputs (plugin "x" has "modle")');
  });

  it('refuses plugins in a YAML config, at their line', async () => {
    const site = siteWith({ 'quire.config.yaml': 'title: T\nplugins: [a]\n' });
    expect((await problems(site))[0]).toMatch(/^quire\.config\.yaml:2:1 ConfigPluginsNeedCode plugins can only be listed in a code config/);
  });

  it('refuses two config files', async () => {
    const site = siteWith({ 'quire.config.ts': 'export default {};\n', 'quire.config.yaml': 'title: T\n' });
    expect((await problems(site))[0]).toContain('ConfigAmbiguous found quire.config.ts and quire.config.yaml');
  });

  it('reports a syntax error of a code config at its line, exit code 2, without a stack trace', () => {
    const site = siteWith({ 'quire.config.ts': "export default {\n  title: 'T',,\n};\n" });
    const result = runCli(['build', site]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/quire\.config\.ts:2:\d+ error ConfigLoadFailed/);
    expect(result.stderr).toContain("  2 |   title: 'T',,");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
