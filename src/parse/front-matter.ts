import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import { grayMatterLibrary } from '../libraries.js';
import { splitYamlFile, type SplitFile } from './split-front-matter.js';
import { parseStructuredData, type DataLanguage, type KeyPosition } from './structured-data.js';

/** Front matter of one file, with positions in file coordinates. */
export interface FrontMatter {
  readonly data: Readonly<Record<string, unknown>>;
  readonly positions: ReadonlyMap<string, KeyPosition>;
  /** The Markdown body with the front matter replaced by blank lines, so line numbers are file lines. */
  readonly body: string;
  /** The body without those blank lines: the file's text after the front matter, as written. */
  readonly content: string;
  /** Where the front matter starts (the opening delimiter), for problems about the block as a whole. */
  readonly start: SourcePosition;
  /** The front matter block as written, delimiters included: equal blocks mean equal data and positions. */
  readonly raw: string;
}

class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: SourcePosition,
    readonly code = 'FrontMatterInvalidYaml',
  ) {
    super(message);
  }
}

const syntaxErrorCodes: Record<DataLanguage, string> = {
  yaml: 'FrontMatterInvalidYaml',
  toml: 'FrontMatterInvalidToml',
  json: 'FrontMatterInvalidJson',
};

const syntaxHints: Record<string, string> = {
  FrontMatterInvalidYaml:
    'front matter is YAML between two --- lines; quote values that contain ": " or start with a special character',
  FrontMatterInvalidToml: 'TOML front matter sits between two +++ lines (or ---toml and ---) and needs key = value lines',
  FrontMatterInvalidJson: 'JSON front matter sits between ---json and --- and must be one JSON object',
};

const languageNames: Record<string, DataLanguage> = { yaml: 'yaml', yml: 'yaml', toml: 'toml', json: 'json' };

/**
 * Splits a Markdown file into front matter and body with gray-matter. YAML (`---`), TOML (`---toml` or
 * Hugo's `+++`) and JSON (`---json`) are accepted; JavaScript front matter (`---js`) is refused because it
 * would run code from content. Returns undefined (and a diagnostic) when the front matter is unreadable.
 * The usual file, opening with a plain `---` line, is split the same way without gray-matter (splitYamlFile).
 */
export function parseFrontMatter(text: string, file: string, diagnostics: Diagnostic[]): FrontMatter | undefined {
  // Line endings are normalised (CRLF files from Windows editors): line numbers stay the same. Most
  // files have no CR: a search for one is much cheaper than a replace that finds nothing.
  const unmarked = text.replace(/^\uFEFF/, '');
  const source = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const toml = source.startsWith('+++');
  let positions: ReadonlyMap<string, KeyPosition> = new Map();
  const engine = (language: DataLanguage) => (block: string) => {
    // gray-matter hands over the block starting with the newline that ends the opening delimiter's line,
    // so line N of the block is line N of the file.
    const parsed = parseStructuredData(block, language);
    if (!parsed.ok) throw new FrontMatterSyntaxError(parsed.message, parsed.at, syntaxErrorCodes[language]);
    positions = parsed.positions;
    if (parsed.value === null || parsed.value === undefined) return {};
    if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      throw new FrontMatterSyntaxError('front matter must be a mapping of keys to values', { line: 2, column: 1 });
    }
    return parsed.value as object;
  };
  const refuseCode = () => {
    throw new FrontMatterSyntaxError(
      'JavaScript front matter is not allowed: it would run code from a post',
      { line: 1, column: 4 },
      'FrontMatterCodeRefused',
    );
  };
  let result: SplitFile;
  try {
    result =
      splitYamlFile(source, engine('yaml')) ??
      grayMatterLibrary()(source, {
        language: toml ? 'toml' : 'yaml',
        delimiters: toml ? '+++' : '---',
        engines: {
          yaml: engine('yaml'),
          yml: engine('yaml'),
          toml: engine('toml'),
          json: engine('json'),
          js: refuseCode,
          javascript: refuseCode,
          coffee: refuseCode,
          coffeescript: refuseCode,
          cson: refuseCode,
        },
      } as Parameters<ReturnType<typeof grayMatterLibrary>>[1]);
  } catch (err) {
    if (err instanceof FrontMatterSyntaxError) {
      diagnostics.push(
        createDiagnostic('error', err.code, err.message, {
          file,
          at: err.at,
          hint: syntaxHints[err.code] ?? 'use YAML, TOML or JSON front matter',
        }),
      );
      return undefined;
    }
    if (err instanceof Error && /engine "(.*)" is not registered/.test(err.message)) {
      const name = /engine "(.*)"/.exec(err.message)?.[1] ?? '';
      diagnostics.push(
        createDiagnostic('error', 'FrontMatterUnknownLanguage', `unknown front matter language "${name}"`, {
          file,
          at: { line: 1, column: 4 },
          hint: `use one of: ${Object.keys(languageNames).join(', ')}`,
        }),
      );
      return undefined;
    }
    throw err;
  }
  const prefix = source.slice(0, source.length - result.content.length);
  const blankLines = countNewlines(prefix);
  return {
    data: { ...(result.data as Record<string, unknown>) },
    positions: result.matter ? positions : new Map(),
    body: '\n'.repeat(blankLines) + result.content,
    content: result.content,
    start: { line: 1, column: 1 },
    raw: prefix,
  };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
