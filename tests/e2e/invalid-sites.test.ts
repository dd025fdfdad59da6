import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot, runCli } from '../helpers/run-cli.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/invalid');

/** Each broken fixture is named after the diagnostic it raises; this is where and what it must print. */
const cases = [
  { code: 'FrontMatterInvalidYaml', where: 'posts/broken.md:4:14', line: 'description: this: has a colon' },
  { code: 'FrontMatterMissingTitle', where: 'posts/untitled.md:1:1', line: '---' },
  { code: 'FrontMatterInvalidDate', where: 'posts/bad-date.md:3:7', line: 'date: 2024-02-30' },
  { code: 'DuplicateUrl', where: 'posts/a/hello.md:1:1', line: '---' },
  { code: 'TemplateUnknownPartial', where: 'templates/layouts/post.hbs:4:1', line: '{{> sidebar}}' },
  { code: 'TemplateUnknownLayout', where: 'posts/special.md:4:9', line: 'layout: gallery' },
  { code: 'TemplateSyntaxError', where: 'templates/partials/footer.hbs:3:3', line: '  {{#each pages}}' },
] as const;

describe('broken sites', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  for (const { code, where, line } of cases) {
    it(`${code}: prints ${where}, the line with a caret and a hint, exits 1, writes nothing`, () => {
      const out = path.join(temp.dir, code);
      const result = runCli(['build', path.join(fixtures, code), '--out', out]);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n');
      const head = lines.findIndex((l) => l.startsWith(`${where} error ${code} `));
      expect(head, result.stderr).toBeGreaterThanOrEqual(0);
      const frame = lines.slice(head + 1, head + 4).join('\n');
      expect(frame).toContain(`| ${line}`);
      const [, column] = /:(\d+)$/.exec(where)!;
      expect(frame).toMatch(new RegExp(`\\|\\s{${Number(column)}}\\^`));
      expect(lines.slice(head + 1, head + 6).some((l) => l.startsWith('  hint: '))).toBe(true);
      expect(result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
      expect(existsSync(out)).toBe(false);
      expect(result.stdout).toContain('the output folder was not changed');
    });
  }

  it('reports every error of a build in one run', () => {
    const site = path.join(temp.dir, 'many');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'posts/a.md'), '---\ndate: 2024-01-01\n---\nno title\n');
    writeFileSync(path.join(site, 'posts/b.md'), '---\ntitle: B\ndate: yesterday\n---\nbad date\n');
    writeFileSync(path.join(site, 'posts/c.md'), '---\ntitle: [unclosed\n---\nbad yaml\n');
    const result = runCli(['build', site]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('posts/a.md:1:1 error FrontMatterMissingTitle');
    expect(result.stderr).toContain('posts/b.md:3:7 error FrontMatterInvalidDate');
    expect(result.stderr).toMatch(/posts\/c\.md:\d+:\d+ error FrontMatterInvalidYaml/);
    expect(result.stdout).toContain('Build failed: 3 errors');
  });

  it('keeps the previous site when a later build fails', () => {
    const site = path.join(temp.dir, 'previous');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'posts/2024-01-01-ok.md'), '---\ntitle: OK\n---\nfine\n');
    expect(runCli(['build', site]).status).toBe(0);
    const page = path.join(site, 'dist/posts/ok/index.html');
    expect(existsSync(page)).toBe(true);
    writeFileSync(path.join(site, 'posts/2024-01-02-bad.md'), '---\ntitle: Bad\ndate: 2024-99-01\n---\n');
    expect(runCli(['build', site]).status).toBe(1);
    expect(existsSync(page)).toBe(true);
  });
});

describe('usage and config errors exit with 2', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('an unknown command', () => {
    const result = runCli(['bild']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'bild'");
  });

  it('an unknown option', () => {
    const result = runCli(['build', '--nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--nope'");
  });

  it('a site folder that does not exist', () => {
    const result = runCli(['build', path.join(temp.dir, 'missing')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SiteNotFound');
  });

  it('an unknown config key, at its line, with a suggestion', () => {
    const site = path.join(temp.dir, 'config');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'quire.config.yaml'), 'title: Mine\nperpage: 5\n');
    const result = runCli(['build', site]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('quire.config.yaml:2:1 error ConfigUnknownKey unknown config key "perpage"');
    expect(result.stderr).toContain('did you mean "perPage"?');
  });

  it('a config value of the wrong type, at its line', () => {
    const site = path.join(temp.dir, 'config-type');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'quire.config.yaml'), 'title: Mine\ntimezone: Mars/Olympus\n');
    const result = runCli(['build', site]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('quire.config.yaml:2:11 error ConfigInvalidValue "timezone" must be an IANA time zone');
  });
});
