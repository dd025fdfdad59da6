import type Handlebars from 'handlebars';
import type { ResolvedConfig } from '../config/types.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { handlebarsLibrary } from '../libraries.js';
import type { ThemeFile } from '../source/types.js';
import { extendTemplates } from '../plugins/run-plugin-hook.js';
import { createHelpers } from './helpers.js';
import { cleanTemplateMessage, locateTemplateError } from './template-errors.js';

type Program = hbs.AST.Program;

/** Handlebars' own helpers, always there. */
const builtInHelpers = ['if', 'unless', 'each', 'with', 'lookup', 'log'];

export interface CompiledLayout {
  readonly file: ThemeFile;
  readonly render: Handlebars.TemplateDelegate;
  /** Theme file names this layout uses, itself included: the inputs of every page rendered with it. */
  readonly uses: readonly string[];
  /** True when the layout or a partial it uses has an error already reported: pages are not rendered. */
  readonly broken: boolean;
}

/** The theme of one build: an isolated Handlebars environment with quire's helpers and the theme's partials. */
export interface CompiledTheme {
  readonly layouts: ReadonlyMap<string, CompiledLayout>;
  readonly files: ReadonlyMap<string, ThemeFile>;
}

/**
 * Parses every template, registers partials (`partials/x.hbs` is `{{> x}}`) and helpers (quire's, then
 * the plugins', which may replace them) on a fresh Handlebars environment, and checks statically that
 * every partial and helper a template names exists, so such mistakes are reported at their line rather
 * than when a page happens to use them.
 */
export function compileTheme(files: readonly ThemeFile[], config: ResolvedConfig, diagnostics: Diagnostic[]): CompiledTheme {
  const hb = handlebarsLibrary().create();
  hb.registerHelper(createHelpers(config));
  extendTemplates({ plugins: config.plugins, configFile: config.configFile, diagnostics }, hb);
  const asts = new Map<string, { file: ThemeFile; ast: Program }>();
  const broken = new Set<string>();
  const partialNames = new Map<string, string>();
  for (const file of files) {
    if (file.name.startsWith('partials/')) partialNames.set(file.name.replace(/^partials\//, '').replace(/\.hbs$/, ''), file.name);
    try {
      asts.set(file.name, { file, ast: hb.parse(file.text) });
    } catch (error) {
      diagnostics.push(templateDiagnostic(file, error));
      broken.add(file.name);
    }
  }
  for (const [partial, name] of partialNames) {
    const parsed = asts.get(name);
    if (parsed) hb.registerPartial(partial, hb.compile(parsed.ast, { preventIndent: true }));
  }
  const references = new Map<string, string[]>();
  // Handlebars' own helpers are checked apart; internal ones (helperMissing...) are never named.
  const knownHelpers = new Set(Object.keys(hb.helpers).filter((name) => !builtInHelpers.includes(name) && !name.endsWith('Missing')));
  for (const [name, { file, ast }] of asts) {
    const before = diagnostics.length;
    references.set(name, checkReferences(ast, file, partialNames, knownHelpers, diagnostics));
    if (diagnostics.length > before) broken.add(name);
  }
  const layouts = new Map<string, CompiledLayout>();
  for (const [name, { file, ast }] of asts) {
    if (!name.startsWith('layouts/')) continue;
    const layout = name.replace(/^layouts\//, '').replace(/\.hbs$/, '');
    const uses = closure(name, references);
    layouts.set(layout, {
      file,
      render: hb.compile(ast, { preventIndent: true }),
      uses,
      broken: uses.some((used) => broken.has(used)),
    });
  }
  return { layouts, files: new Map(files.map((f) => [f.name, f])) };
}

/** Every theme file reachable from `start` through partial references. */
function closure(start: string, references: ReadonlyMap<string, string[]>): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of references.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}

/** Walks a template's AST: reports unknown partials and helpers, returns the partial files it uses. */
function checkReferences(
  ast: Program,
  file: ThemeFile,
  partials: ReadonlyMap<string, string>,
  helpers: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): string[] {
  const used: string[] = [];
  const blockParams: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const statement = node as hbs.AST.Node & Record<string, unknown>;
    if (statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement') {
      const name = (statement as unknown as hbs.AST.PartialStatement).name;
      if (name.type === 'PathExpression') {
        const partialName = (name as hbs.AST.PathExpression).original;
        const target = partials.get(partialName);
        if (target) used.push(target);
        else if (partialName !== '@partial-block') {
          diagnostics.push(
            createDiagnostic('error', 'TemplateUnknownPartial', `partial "${partialName}" does not exist`, {
              file: file.path,
              at: { line: statement.loc.start.line, column: statement.loc.start.column + 1 },
              hint: `partials are files in templates/partials/; known: ${[...partials.keys()].sort().join(', ')}`,
            }),
          );
        }
      }
    }
    if (statement.type === 'MustacheStatement' || statement.type === 'SubExpression' || statement.type === 'BlockStatement') {
      const call = statement as unknown as hbs.AST.MustacheStatement;
      const hasArguments = (call.params?.length ?? 0) > 0 || (call.hash?.pairs.length ?? 0) > 0;
      if (hasArguments && call.path.type === 'PathExpression') {
        const helper = (call.path as hbs.AST.PathExpression).original;
        const builtIn = builtInHelpers.includes(helper);
        if (!builtIn && !helpers.has(helper) && !blockParams.includes(helper)) {
          diagnostics.push(
            createDiagnostic('error', 'TemplateUnknownHelper', `helper "${helper}" does not exist`, {
              file: file.path,
              at: { line: statement.loc.start.line, column: statement.loc.start.column + 1 },
              hint: `available helpers: ${[...helpers].sort().join(', ')}`,
            }),
          );
        }
      }
    }
    for (const value of Object.values(statement)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'type' in value) visit(value);
    }
  };
  visit(ast);
  return [...new Set(used)].sort();
}

/** A diagnostic for a template that fails to parse or render, at the template's line. */
export function templateDiagnostic(file: ThemeFile, error: unknown, code = 'TemplateSyntaxError'): Diagnostic {
  const at = locateTemplateError(error, file.text);
  return createDiagnostic('error', code, cleanTemplateMessage(error, file.text), {
    file: file.path,
    ...(at ? { at } : {}),
    hint:
      code === 'TemplateSyntaxError'
        ? 'check that every {{#block}} has its {{/block}} and every {{ has its }}'
        : 'check the values and helpers this template uses',
  });
}
