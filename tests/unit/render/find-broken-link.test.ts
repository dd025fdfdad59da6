import { describe, expect, it } from 'vitest';
import { createSuggester, findBrokenLink, urlPathsOf, type LinkTargets } from '../../../src/render/find-broken-link.js';
import { findTemplateIds, findTemplateLinks } from '../../../src/render/template-links.js';

const targets: LinkTargets = {
  urls: urlPathsOf(['index.html', 'posts/missing-link/index.html', 'posts/café/index.html', 'images/a.png', 'feed.xml']),
  anchorsOf: (page) => (page === '/posts/missing-link/' ? new Set(['setup', 'usage']) : undefined),
  urlOfSource: new Map([['posts/2024-01-02-missing-link.md', '/posts/missing-link/']]),
  basePath: '/blog/',
  suggest: createSuggester(),
};
const from = { file: 'posts/2024-01-03-a.md', pagePath: '/posts/a/' };
const check = (href: string, kind: 'link' | 'image' = 'link') => findBrokenLink(href, kind, from, targets);

describe('findBrokenLink', () => {
  it('accepts links to pages, files, source paths and known anchors, and never checks external ones', () => {
    for (const href of ['/posts/missing-link/', '/posts/missing-link', '/posts/missing-link/index.html', '/posts/caf%C3%A9/', '/feed.xml?x=1',
      '2024-01-02-missing-link.md#usage', '../posts/2024-01-02-missing-link.md', '/posts/missing-link/#setup', 'https://example.org/nope/', 'mailto:a@b.c', '#anything', '/#top']) {
      expect(check(href), href).toBeUndefined();
    }
    expect(check('../../images/a.png', 'image')).toBeUndefined();
    expect(check('\\\\[bad')).toBeUndefined();
  });

  it('names what is missing and the closest thing that exists', () => {
    expect(check('/posts/missing/')).toMatchObject({ code: 'BrokenLink', message: '/posts/missing/ does not exist (did you mean /posts/missing-link/?)' });
    expect(check('/images/b.png', 'image')).toMatchObject({ code: 'BrokenImage', message: '/images/b.png does not exist (did you mean /images/a.png?)' });
    expect(check('2024-01-02-missing-lnk.md')).toMatchObject({ code: 'BrokenLink', message: '2024-01-02-missing-lnk.md is not a published post or page (did you mean 2024-01-02-missing-link.md?)' });
    expect(check('/posts/missing-link/#usge')).toMatchObject({ code: 'BrokenAnchor', message: '#usge is not an anchor of /posts/missing-link/ (did you mean #usage?)' });
    expect(check('/blog/posts/missing-link/')?.message).toBe(
      '/blog/posts/missing-link/ does not exist: quire adds the base path /blog/ to root-relative links (did you mean /posts/missing-link/?)',
    );
    expect(check('2024-01-02-missing-link.md#nothing-like-it')?.message).toBe('#nothing-like-it is not an anchor of /posts/missing-link/');
  });
});

describe('createSuggester', () => {
  it('answers each word once, and stops suggesting after its limit', () => {
    let asked = 0;
    const suggest = createSuggester(2);
    const candidates = () => {
      asked++;
      return ['/posts/alpha/', '/posts/beta/'];
    };
    expect(suggest('/posts/alpa/', 'urls', candidates)).toBe('/posts/alpha/');
    expect(suggest('/posts/alpa/', 'urls', candidates)).toBe('/posts/alpha/');
    expect(suggest('/posts/bta/', 'urls', candidates)).toBe('/posts/beta/');
    expect(suggest('/posts/bet/', 'urls', candidates)).toBeUndefined();
    expect(asked).toBe(2);
  });
});

describe('template links', () => {
  it('finds literal hrefs and url helper paths at their line and column, and literal ids', () => {
    const text = '<a href="/about/">a</a>\n  <img src="{{post.image}}"> <a href="{{url "/tags/"}}" id="top">\n<link href=\'/x.css\'>';
    expect(findTemplateLinks(text)).toEqual([
      { href: '/about/', kind: 'link', sitePath: false, line: 1, column: 10 },
      { href: '/tags/', kind: 'link', sitePath: true, line: 2, column: 46 },
      { href: '/x.css', kind: 'link', sitePath: false, line: 3, column: 13 },
    ]);
    expect(findTemplateIds(text)).toEqual(['top']);
  });
});
