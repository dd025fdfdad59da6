/** What parseFrontMatter takes from gray-matter's answer. */
export interface SplitFile {
  readonly data: object;
  /** The front matter block, empty when there is none. */
  readonly matter: string;
  /** What follows the closing delimiter's line. */
  readonly content: string;
}

/**
 * gray-matter's split of the usual file, one opening with a `---` line, without gray-matter, which
 * costs a copy of the whole file into a Buffer: the block runs up to the next line starting with `---`
 * (or the end), and `data` is what the engine makes of it, unless it is only blank lines and comments.
 * Undefined for any other file, and for data with an `excerpt_separator`, which gray-matter reads.
 */
export function splitYamlFile(source: string, parse: (block: string) => object): SplitFile | undefined {
  if (!source.startsWith('---\n')) return undefined;
  const rest = source.slice(3);
  const close = rest.indexOf('\n---');
  const block = close < 0 ? rest : rest.slice(0, close);
  const data = block.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? {} : parse(block);
  if ((data as { excerpt_separator?: unknown }).excerpt_separator) return undefined;
  let content = close < 0 ? '' : rest.slice(close + 4);
  if (content[0] === '\r') content = content.slice(1);
  if (content[0] === '\n') content = content.slice(1);
  return { data, matter: block, content };
}
