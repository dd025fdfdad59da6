import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHtml } from '../helpers/html.js';
import { makeTempDir, repoRoot, runCli } from '../helpers/run-cli.js';

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const post = '---\ntitle: Hello\ndate: 2025-01-01\n---\nHi.\n';

describe('theme: and quire eject', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = path.join(temp.dir, 'site');
  write(site, 'quire.config.yaml', 'title: Themed\ntheme: ./my-theme\n');
  write(site, 'posts/2025-01-01-hello.md', post);
  write(site, 'my-theme/partials/footer.hbs', '<footer class="site-footer">Theme footer</footer>\n');
  write(site, 'my-theme/partials/header.hbs', '<header class="site-header">Theme header</header>\n');
  write(site, 'templates/partials/header.hbs', '<header class="site-header">Site header</header>\n');

  it('builds with the theme folder over the default theme, and the site templates over both', () => {
    const result = runCli(['build', site]);
    expect(result.status).toBe(0);
    const page = readHtml(path.join(site, 'dist'), 'posts/hello/index.html');
    expect(page.querySelector('.site-footer')?.text).toBe('Theme footer');
    expect(page.querySelector('.site-header')?.text).toBe('Site header');
    // Files the theme does not have come from the default theme.
    expect(page.querySelector('article.post h1')?.text).toBe('Hello');
  });

  it('lists the theme files, marking those the site overrides', () => {
    const listed = runCli(['eject', '--dir', site]);
    expect(listed.status).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toContain('layouts/post.hbs');
    expect(lines).toContain('partials/header.hbs  (in templates/)');
    expect(lines).toContain('assets/style.css');
  });

  it('copies the file the site builds with (here the theme folder\'s) into templates/', () => {
    const ejected = runCli(['eject', '--dir', site, 'partials/footer.hbs', 'layouts/post.hbs']);
    expect(ejected.status).toBe(0);
    expect(ejected.stdout).toBe('wrote templates/partials/footer.hbs\nwrote templates/layouts/post.hbs\n');
    expect(readFileSync(path.join(site, 'templates/partials/footer.hbs'), 'utf8')).toContain('Theme footer');
    expect(readFileSync(path.join(site, 'templates/layouts/post.hbs'), 'utf8')).toBe(readFileSync(path.join(repoRoot, 'templates/layouts/post.hbs'), 'utf8'));
  });

  it('never replaces a file: exit 1 naming it, nothing copied', () => {
    write(site, 'templates/partials/footer.hbs', 'mine\n');
    const refused = runCli(['eject', '--dir', site, 'partials/toc.hbs', 'partials/footer.hbs']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('templates/partials/footer.hbs error ThemeFileExists');
    expect(readFileSync(path.join(site, 'templates/partials/footer.hbs'), 'utf8')).toBe('mine\n');
    expect(runCli(['eject', '--dir', site]).stdout).toContain('partials/toc.hbs\n');
  });

  it('names an unknown file with a suggestion, exit 2', () => {
    const unknown = runCli(['eject', '--dir', site, 'layout/post.hbs']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('did you mean "layouts/post.hbs"?');
  });

  it('finds a theme package in the site\'s node_modules, and reports a missing one at its line', () => {
    const other = path.join(temp.dir, 'other');
    write(other, 'quire.config.yaml', 'title: Packaged\ntheme: quire-theme-plain\n');
    write(other, 'posts/2025-01-01-hello.md', post);
    write(other, 'node_modules/quire-theme-plain/package.json', '{"name": "quire-theme-plain", "version": "1.0.0"}\n');
    write(other, 'node_modules/quire-theme-plain/partials/footer.hbs', '<footer class="site-footer">Package footer</footer>\n');
    expect(runCli(['build', other]).status).toBe(0);
    expect(readHtml(path.join(other, 'dist'), 'index.html').querySelector('.site-footer')?.text).toBe('Package footer');
    write(other, 'quire.config.yaml', 'title: Packaged\ntheme: quire-theme-missing\n');
    const missing = runCli(['build', other]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('quire.config.yaml:2:8 error ThemeNotFound theme package "quire-theme-missing" is not installed');
  });
});
