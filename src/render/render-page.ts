import { createDiagnostic, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import type { CompiledLayout, CompiledTheme } from './compile-theme.js';
import { templateDiagnostic } from './compile-theme.js';

/**
 * Renders one page with a layout of the theme. A missing layout or a template that throws becomes a
 * diagnostic (at the front matter's `layout:` line or the template's line) and undefined.
 */
export function renderWithLayout(
  theme: CompiledTheme,
  layoutName: string,
  context: Record<string, unknown>,
  diagnostics: Diagnostic[],
  requestedBy?: { file: string; at?: SourcePosition },
): string | undefined {
  const layout = findLayout(theme, layoutName, diagnostics, requestedBy);
  if (!layout || layout.broken) return undefined;
  try {
    return layout.render(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    diagnostics.push(templateDiagnostic(layout.file, error, 'TemplateRenderError'));
    return undefined;
  }
}

export function findLayout(
  theme: CompiledTheme,
  layoutName: string,
  diagnostics: Diagnostic[],
  requestedBy?: { file: string; at?: SourcePosition },
): CompiledLayout | undefined {
  const layout = theme.layouts.get(layoutName);
  if (layout) return layout;
  diagnostics.push(
    createDiagnostic('error', 'TemplateUnknownLayout', `layout "${layoutName}" does not exist`, {
      file: requestedBy?.file ?? `templates/layouts/${layoutName}.hbs`,
      ...(requestedBy?.at ? { at: requestedBy.at } : {}),
      hint: `layouts are files in templates/layouts/; known: ${[...theme.layouts.keys()].sort().join(', ')}`,
    }),
  );
  return undefined;
}
