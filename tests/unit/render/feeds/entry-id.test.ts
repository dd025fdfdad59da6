import { describe, expect, it } from 'vitest';
import { feedEntryId } from '../../../../src/render/feeds/entry-id.js';

describe('feedEntryId', () => {
  it('is a tag: URI of the host and the short id, with a fixed date', () => {
    expect(feedEntryId('https://example.org/', 'ehIUrwry5p')).toBe('tag:example.org,2005:post/ehIUrwry5p');
  });

  it('ignores the base path, port and scheme, so moving the blog inside its host keeps ids', () => {
    expect(feedEntryId('http://someone.github.io:8080/blog/', 'abc')).toBe('tag:someone.github.io,2005:post/abc');
  });
});
