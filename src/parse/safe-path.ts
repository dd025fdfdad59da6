/**
 * Which paths quire may write inside its output folder. A site is often built on one system and checked
 * out, synced or served on another, so a path must be a plain relative file name on Linux, macOS and
 * Windows alike: nothing that climbs out of the folder, and nothing Windows reads as a device or a stream.
 */

/** Longest file or folder name, in UTF-8 bytes, that every common file system accepts. */
export const maxSegmentBytes = 255;

/** Device names Windows reserves in every folder, with any extension (`con`, `nul.txt`, `com1.html`). */
const reservedName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/** C0 and C1 control characters, DEL, the backslash, and the characters Windows refuses in names. */
const forbiddenCharacter = /[\u0000-\u001f\u007f-\u009f\\<>:"|?*]/;

/**
 * Paths of plain names (ASCII letters, digits, `-`, `_`, `~`, inner dots), as nearly every output is:
 * such a path is safe unless a name is a reserved device or too long, which is quicker to rule out
 * than to check each name (a large site has tens of thousands of outputs).
 */
const plainPath = /^[a-z0-9_~-]+(?:\.[a-z0-9_~-]+)*(?:\/[a-z0-9_~-]+(?:\.[a-z0-9_~-]+)*)*$/i;
const reservedInPlainPath = /(?:^|\/)(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:[./]|$)/i;

/** True when Windows reserves `name` for a device, whatever its case or extension. */
export function isReservedName(name: string): boolean {
  return reservedName.test(name.replace(/[ .]+$/, ''));
}

/** Why one file or folder name cannot be written on every host, or undefined when it can. */
export function segmentProblem(segment: string): string | undefined {
  if (segment === '.' || segment === '..') return `contains a "${segment}" segment`;
  const bad = forbiddenCharacter.exec(segment)?.[0];
  if (bad !== undefined) return `contains ${describeCharacter(bad)}, which cannot be part of a file name`;
  if (/[ .]$/.test(segment)) return `has a name ending in a dot or a space ("${segment}"), which Windows drops`;
  if (isReservedName(segment)) return `uses "${segment}", a name Windows reserves for a device`;
  if (Buffer.byteLength(segment) > maxSegmentBytes) return `has a name longer than ${maxSegmentBytes} bytes`;
  return undefined;
}

/**
 * Why a site path (`/2019/old-name/`, `/feed.xml`) cannot name a file inside the output folder, or
 * undefined when it can. Empty segments (`//`) are allowed: they collapse.
 */
export function sitePathProblem(sitePath: string): string | undefined {
  for (const segment of sitePath.split('/')) {
    if (segment === '') continue;
    const problem = segmentProblem(segment);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Why a path relative to the output folder (`posts/a/index.html`) is not safe to write, or undefined.
 * The last check before anything touches the disk, whatever planned the file.
 */
export function outputPathProblem(outputPath: string): string | undefined {
  if (outputPath.length <= maxSegmentBytes && plainPath.test(outputPath) && !reservedInPlainPath.test(outputPath)) return undefined;
  if (outputPath === '') return 'is empty';
  if (outputPath.startsWith('/') || /^[a-z]:/i.test(outputPath)) return 'is an absolute path';
  if (outputPath.split('/').some((segment) => segment === '')) return 'has an empty segment';
  return sitePathProblem(outputPath);
}

function describeCharacter(character: string): string {
  if (character === '\\') return 'a backslash';
  if (character === '\u0000') return 'a NUL character';
  const code = character.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `"${character}"`;
}
