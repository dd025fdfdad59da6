import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { cleanTemplateMessage, findUnclosedBlock, locateTemplateError } from '../../../src/render/template-errors.js';

function parseError(text: string): unknown {
  try {
    Handlebars.create().parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('expected a parse error');
}

describe('template error positions', () => {
  it('finds the column of a parse error on its line (the stray brace)', () => {
    const text = 'line one\n  <p>{{title}</p>\n';
    expect(locateTemplateError(parseError(text), text)).toEqual({ line: 2, column: 13 });
  });

  it('points an unclosed block at its opening tag', () => {
    const text = '<ul>\n{{#each items}}\n  {{#if ok}}x{{/if}}\n</ul>\n';
    expect(findUnclosedBlock(text)).toEqual({ name: 'each', at: { line: 2, column: 1 } });
    expect(locateTemplateError(parseError(text), text)).toEqual({ line: 2, column: 1 });
    expect(cleanTemplateMessage(parseError(text), text)).toBe('{{#each}} is never closed with {{/each}}');
  });

  it('uses the line and column Handlebars gives for mismatched blocks', () => {
    const text = 'a\n{{#each x}}{{/if}}';
    expect(locateTemplateError(parseError(text), text)).toEqual({ line: 2, column: 4 });
  });
});
