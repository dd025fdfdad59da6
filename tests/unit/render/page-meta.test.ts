import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/model/build-site.js';
import { buildPageMeta } from '../../../src/render/page-meta.js';
import { aliasProblem } from '../../../src/render/plan-redirects.js';
import { createLinker } from '../../../src/render/views.js';
import { post, testConfig } from '../../helpers/docs.js';

describe('page meta', () => {
  const config = testConfig({ title: 'Site', baseUrl: 'https://e.org/blog/' });
  const link = createLinker(config);
  const longTitle = 'A very long post title that goes on and on well past sixty characters';
  const site = buildSite(
    [post('a.md', { title: `"${longTitle}"`, date: '2024-01-01', image: '/img/a.png', author: 'Ada', tags: ['x'] })],
    {},
    config,
    [],
  );
  const entry = site.posts[0]!;
  const meta = buildPageMeta(config, link, { kind: 'post', sitePath: entry.url, title: entry.title, description: 'D', entry });

  it('shortens a long <title> at a word boundary but keeps og:title whole', () => {
    expect(meta.title).toBe('A very long post title that goes on and on well past sixty… — Site');
    expect(meta.ogTitle).toBe(longTitle);
  });

  it('gives absolute canonical and image URLs under the base path', () => {
    expect(meta.canonical).toBe('https://e.org/blog/posts/a/');
    expect(meta.image).toBe('https://e.org/blog/img/a.png');
    expect(meta.twitterCard).toBe('summary_large_image');
  });

  it('describes a post as a schema.org BlogPosting with author and dates', () => {
    expect(meta.jsonLd).toMatchObject({
      '@type': 'BlogPosting',
      headline: longTitle,
      datePublished: '2024-01-01',
      author: { '@type': 'Person', name: 'Ada' },
    });
  });

  it('has no JSON-LD for listings', () => {
    expect(buildPageMeta(config, link, { kind: 'home', sitePath: '/' }).jsonLd).toBeUndefined();
  });
});

describe('aliasProblem', () => {
  it('accepts site paths and refuses paths that could leave the output folder', () => {
    expect(aliasProblem('/2019/old-name/')).toBeUndefined();
    expect(aliasProblem('old-name')).toBeUndefined();
    expect(aliasProblem('/../../etc/passwd')).toMatch(/\.\./);
    expect(aliasProblem('https://evil.example/')).toMatch(/full URL/);
    expect(aliasProblem('/a\\b/')).toMatch(/backslash/);
    expect(aliasProblem('/')).toMatch(/home page/);
  });
});
