import type { Diagnostic } from './diagnostic.js';
import { visible } from './format-diagnostic.js';

/**
 * A diagnostic as a GitHub Actions workflow command, which the runner shows as an annotation on the
 * file and line: `::error file=posts/a.md,line=3,col=7,title=FrontMatterInvalidDate::message`.
 * `file` is the path as the repository names it (see the caller); the hint follows the message.
 */
export function formatGithubAnnotation(diagnostic: Diagnostic, file: string | undefined): string {
  const properties = [
    ...(file ? [`file=${escapeProperty(file)}`] : []),
    ...(file && diagnostic.line ? [`line=${diagnostic.line}`] : []),
    ...(file && diagnostic.line && diagnostic.column ? [`col=${diagnostic.column}`] : []),
    `title=${escapeProperty(diagnostic.code)}`,
  ];
  const message = diagnostic.hint ? `${diagnostic.message}\nhint: ${diagnostic.hint}` : diagnostic.message;
  return `::${diagnostic.severity} ${properties.join(',')}::${escapeData(visible(message))}`;
}

/** GitHub's escaping of a command's message: `%`, CR and LF, so the command stays one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a property value: that of the message, plus `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
