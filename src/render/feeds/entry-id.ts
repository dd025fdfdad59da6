/**
 * The `tag:` URI (RFC 4151) that identifies a post in every feed: Atom `<id>`, RSS `<guid>`, JSON Feed
 * `id`. It is made of the site's host and the post's permanent short id only, so renaming a post or
 * changing its slug, date or permalink pattern never makes readers show it again as new. The date part
 * is fixed on purpose: a post's date can be edited, and the id must not follow it.
 */
export function feedEntryId(baseUrl: string, shortId: string): string {
  return `tag:${new URL(baseUrl).hostname},2005:post/${shortId}`;
}
