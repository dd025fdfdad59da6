import { describe, expect, it } from 'vitest';
import { validateUserConfig, knownConfigKeys } from '../../../src/config/validate-config.js';
import { parseStructuredData } from '../../../src/parse/structured-data.js';
import { planStarterSite } from '../../../src/scaffold/site-files.js';
import { renderStarterConfig } from '../../../src/scaffold/starter-config.js';
import { docFrom } from '../../helpers/docs.js';

const nowMs = Date.UTC(2026, 10, 27, 14, 5, 30, 500);

describe('renderStarterConfig', () => {
  const text = renderStarterConfig();

  it('is a valid config with every key quire knows that has a default', () => {
    const parsed = parseStructuredData(text, 'yaml');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(validateUserConfig(parsed.value, 'quire.config.yaml', parsed.positions).diagnostics).toEqual([]);
    expect(Object.keys(parsed.value as object)).toEqual(knownConfigKeys.filter((key) => key !== 'theme' && key !== 'plugins'));
  });

  it('puts a comment line right above every key, nested keys included', () => {
    const lines = text.split('\n');
    const keyLines = lines.flatMap((line, index) => (/^\s*[A-Za-z]\w*:/.test(line) ? [index] : []));
    expect(keyLines.length).toBeGreaterThanOrEqual(knownConfigKeys.length);
    const uncommented = keyLines.filter((index) => !lines[index - 1]?.trim().startsWith('#')).map((index) => lines[index]);
    expect(uncommented).toEqual([]);
  });
});

describe('planStarterSite', () => {
  const files = planStarterSite({ nowMs, postId: 'ehIUrwry5p' });
  const byPath = new Map(files.map((f) => [f.path, f.text]));

  it('lists config, first post, about page, one author, static/ and .gitignore', () => {
    expect(files.map((f) => f.path)).toEqual([
      'quire.config.yaml',
      'posts/2026-11-27-hello-world.md',
      'pages/about.md',
      'data/authors.yaml',
      'static/.gitkeep',
      '.gitignore',
    ]);
  });

  it('dates the first post now in UTC, in whole seconds, with the given id', () => {
    const doc = docFrom('posts/2026-11-27-hello-world.md', byPath.get('posts/2026-11-27-hello-world.md')!);
    expect(doc.date?.iso).toBe('2026-11-27T14:05:30Z');
    expect(doc.id).toBe('ehIUrwry5p');
    expect(doc.tags).toEqual(['notes']);
    expect(doc.body).toContain('posts/2026-11-27-hello-world.md');
  });

  it('has an about page and an author the config names', () => {
    expect(docFrom('pages/about.md', byPath.get('pages/about.md')!).title).toBe('About');
    const authors = parseStructuredData(byPath.get('data/authors.yaml')!, 'yaml');
    const config = parseStructuredData(byPath.get('quire.config.yaml')!, 'yaml');
    if (!authors.ok || !config.ok) throw new Error('unreadable YAML');
    const author = (config.value as { author: string }).author;
    expect(authors.value).toHaveProperty([author, 'name']);
  });

  it('ignores the build output and the cache', () => {
    expect(byPath.get('.gitignore')!.split('\n')).toEqual(expect.arrayContaining(['dist/', '.quire-cache/']));
  });
});
