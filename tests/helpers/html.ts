import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses an output HTML file for querying with CSS selectors. */
export function readHtml(outDir: string, file: string): HTMLElement {
  return parse(readFileSync(path.join(outDir, file), 'utf8'));
}

export function texts(root: HTMLElement, selector: string): string[] {
  return root.querySelectorAll(selector).map((el) => el.text.replace(/\s+/g, ' ').trim());
}

export function attrs(root: HTMLElement, selector: string, name: string): string[] {
  return root.querySelectorAll(selector).map((el) => el.getAttribute(name) ?? '');
}
