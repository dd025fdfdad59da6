/** Defaults of every config key; the README's config table lists the same values. */
export const configDefaults = {
  title: 'My Blog',
  description: '',
  baseUrl: 'http://localhost/',
  language: 'en',
  timezone: 'UTC',
  perPage: 10,
  permalink: '/posts/:slug/',
  feed: { limit: 20, content: 'full' },
  markdown: { html: true },
} as const;

/** Names of config files; a site has at most one. */
export const configFileNames = ['quire.config.ts', 'quire.config.mjs', 'quire.config.js', 'quire.config.yaml', 'quire.config.yml', 'quire.config.json'] as const;

/** Config files that are code (loaded with jiti): only these can list plugins. */
export function isCodeConfig(fileName: string): boolean {
  return /\.(ts|mjs|js)$/.test(fileName);
}
