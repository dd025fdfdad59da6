/**
 * Characters XML 1.0 does not allow anywhere in a document (C0 controls other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF and lone surrogates). A single one makes the whole feed unreadable.
 */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Removes the characters XML 1.0 forbids. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(notXmlChar, '');
}

/** Text safe inside an XML element or a quoted attribute: forbidden characters removed, `& < > " '` escaped. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => entities[c]!);
}

/** `<name attr="value">escaped text</name>`; attributes with an undefined value are left out. */
export function xmlElement(name: string, text: string, attributes: Readonly<Record<string, string | undefined>> = {}): string {
  return `<${name}${xmlAttributes(attributes)}>${escapeXml(text)}</${name}>`;
}

/** `<name attr="value"/>`. */
export function xmlEmptyElement(name: string, attributes: Readonly<Record<string, string | undefined>>): string {
  return `<${name}${xmlAttributes(attributes)}/>`;
}

function xmlAttributes(attributes: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(attributes)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}
