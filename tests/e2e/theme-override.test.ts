import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHtml } from '../helpers/html.js';
import { makeTempDir, readOutput, runCli } from '../helpers/run-cli.js';

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('a site overriding theme files and reading data files', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const site = path.join(temp.dir, 'site');
  write(site, 'posts/2024-01-01-hello.md', '---\ntitle: Hello\nmood: sunny\ntags: a, b\n---\nHi.\n');
  write(site, 'posts/2024-01-02-toml.md', '+++\ntitle = "From TOML"\ndate = 2024-01-02\n+++\nBody.\n');
  write(site, 'posts/2024-01-03-json.md', '---json\n{"title": "From JSON"}\n---\nBody.\n');
  write(site, 'data/links.yaml', '- title: Example\n  url: https://example.com/\n');
  write(site, 'data/menus/main.json', '{"label": "Main menu"}');
  write(site, 'templates/partials/footer.hbs', '<footer><p>Custom footer: {{#each data.links}}<a href="{{url}}">{{title}}</a>{{/each}} {{data.menus.main.label}}</p></footer>\n');
  write(site, 'templates/layouts/post.hbs', '{{#> base}}<article><h1>{{post.title}}</h1><p class="mood">{{post.mood}}</p><p class="tags">{{#each post.tags}}{{name}};{{/each}}</p>{{{post.content}}}</article>{{/base}}\n');
  write(site, 'templates/assets/style.css', 'body { color: rebeccapurple; }\n');
  const out = path.join(site, 'dist');
  const result = runCli(['build', site]);

  it('builds', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('uses the site\'s layout and partial in place of the theme\'s', () => {
    const page = readHtml(out, 'posts/hello/index.html');
    expect(page.querySelector('footer')?.text).toContain('Custom footer: Example Main menu');
    expect(page.querySelector('.tags')?.text).toBe('a;b;');
    expect(readOutput(out, 'assets/style.css')).toContain('rebeccapurple');
    // Other layouts still come from the theme and use the overridden partial.
    expect(readHtml(out, 'index.html').querySelector('footer')?.text).toContain('Custom footer');
  });

  it('passes unknown front-matter keys through as post.<key>', () => {
    expect(readHtml(out, 'posts/hello/index.html').querySelector('.mood')?.text).toBe('sunny');
  });

  it('reads TOML and JSON front matter', () => {
    expect(readHtml(out, 'posts/toml/index.html').querySelector('h1')?.text).toBe('From TOML');
    expect(readHtml(out, 'posts/json/index.html').querySelector('h1')?.text).toBe('From JSON');
  });
});
