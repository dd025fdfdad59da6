import { describe, expect, it } from 'vitest';
import { outputUrlOf } from '../../../src/build/build-report.js';
import { compareOutputHashes } from '../../../src/write/output-hashes.js';

describe('outputUrlOf', () => {
  it('serves index.html at its folder, other files at their path, percent-encoded', () => {
    expect(outputUrlOf('https://u.github.io/repo/', 'index.html')).toBe('https://u.github.io/repo/');
    expect(outputUrlOf('https://u.github.io/repo/', 'posts/café/index.html')).toBe('https://u.github.io/repo/posts/caf%C3%A9/');
    expect(outputUrlOf('https://u.github.io/repo/', 'tags/a b/feed.xml')).toBe('https://u.github.io/repo/tags/a%20b/feed.xml');
    expect(outputUrlOf('https://e.org/', '404.html')).toBe('https://e.org/404.html');
  });
});

describe('compareOutputHashes', () => {
  it('sorts the files into added, changed and removed, each sorted by path; the same bytes are no change', () => {
    const before = new Map([['b.html', '1'], ['a.html', '2'], ['gone.xml', '3']]);
    const after = new Map([['z.css', '9'], ['b.html', '1'], ['a.html', '5'], ['new.html', '7']]);
    expect(compareOutputHashes(before, after)).toEqual({ added: ['new.html', 'z.css'], changed: ['a.html'], removed: ['gone.xml'] });
    expect(compareOutputHashes(new Map(), after).added).toEqual(['a.html', 'b.html', 'new.html', 'z.css']);
  });
});
