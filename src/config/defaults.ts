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

/** Names of config files, in the order they are looked for. */
export const configFileNames = ['quire.config.yaml', 'quire.config.yml', 'quire.config.json'] as const;
