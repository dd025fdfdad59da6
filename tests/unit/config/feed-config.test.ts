import { describe, expect, it } from 'vitest';
import { validateUserConfig } from '../../../src/config/validate-config.js';
import { parseStructuredData } from '../../../src/parse/structured-data.js';
import { testConfig } from '../../helpers/docs.js';

function validate(yaml: string) {
  const parsed = parseStructuredData(yaml, 'yaml');
  if (!parsed.ok) throw new Error(parsed.message);
  const { config, diagnostics } = validateUserConfig(parsed.value, 'quire.config.yaml', parsed.positions);
  return { config, problems: diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`) };
}

describe('feed config', () => {
  it('defaults to the newest 20 posts in full', () => {
    expect(testConfig().feed).toEqual({ limit: 20, content: 'full' });
    expect(testConfig({ feed: { content: 'excerpt' } }).feed).toEqual({ limit: 20, content: 'excerpt' });
  });

  it('accepts limit and content', () => {
    expect(validate('feed:\n  limit: 5\n  content: excerpt\n')).toEqual({ config: { feed: { limit: 5, content: 'excerpt' } }, problems: [] });
  });

  it('reports each bad nested key at its value, with what it must be', () => {
    expect(validate('title: T\nfeed:\n  limit: 0\n  content: summary\n').problems).toEqual([
      '3:10 ConfigInvalidValue "feed.limit" must be a whole number above 0',
      '4:12 ConfigInvalidValue "feed.content" must be "full" or "excerpt"',
    ]);
  });

  it('reports an unknown nested key with the closest known one', () => {
    expect(validate('feed:\n  limt: 5\n').problems).toEqual(['2:3 ConfigUnknownKey unknown config key "feed.limt" (did you mean "feed.limit"?)']);
  });

  it('reports a feed that is not a mapping', () => {
    expect(validate('feed: true\n').problems).toEqual(['1:7 ConfigInvalidValue "feed" must be a mapping of keys to values']);
  });
});

describe('permalink config', () => {
  it('refuses patterns whose fixed parts would leave the output folder or break on Windows', () => {
    expect(validate('permalink: /:year/:slug/\n').problems).toEqual([]);
    expect(validate('permalink: /../../:slug/\n').problems).toEqual([
      '1:12 ConfigInvalidValue "permalink" must be a path that stays inside the output folder (this one contains a ".." segment)',
    ]);
    expect(validate('permalink: /con/:slug/\n').problems[0]).toMatch(/reserves for a device/);
    expect(validate('permalink: "/a\\\\b/:slug/"\n').problems[0]).toMatch(/backslash/);
    expect(validate('permalink: /:slug./\n').problems[0]).toMatch(/ending in a dot/);
  });
});
