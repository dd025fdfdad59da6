/** V8 copies shorter substrings rather than slicing them. */
const minSlicedLength = 13;

/**
 * The text as a string of its own. A substring may be a slice that keeps the whole string it was cut
 * from alive (a heading's text keeps its post's Markdown, front matter keeps a megabyte of files):
 * what lives as long as the build is copied. JSON.parse makes new strings; concatenation would not.
 */
export function ownString(text: string): string {
  return text.length < minSlicedLength ? text : (JSON.parse(JSON.stringify(text)) as string);
}
