// Fenced code blocks for the corpus. Most name a language highlight.js knows (so highlighting is part
// of what a build pays for); a few have no language or an unknown one, which quire escapes as is.
// None contains "{{", "{%" or "{#", so template-based peers read the Markdown as plain text.

const SAMPLES = {
  js: (r) => [
    `import { readFile } from 'node:fs/promises';`,
    ``,
    `export async function ${r.pick(['countWords', 'loadNotes', 'readRecipes', 'listTrips'])}(paths) {`,
    `  const totals = new Map();`,
    `  for (const path of paths) {`,
    `    const text = await readFile(path, 'utf8');`,
    `    totals.set(path, text.split(/\\s+/).filter(Boolean).length);`,
    `  }`,
    `  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, ${r.int(3, 20)});`,
    `}`,
  ],
  ts: (r) => [
    `type ${r.pick(['Trip', 'Harvest', 'Loaf', 'Release'])} = {`,
    `  id: string;`,
    `  startedAt: Date;`,
    `  notes: readonly string[];`,
    `};`,
    ``,
    `export function newest<T extends { startedAt: Date }>(items: T[], limit = ${r.int(2, 12)}): T[] {`,
    `  return [...items].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()).slice(0, limit);`,
    `}`,
  ],
  python: (r) => [
    `from pathlib import Path`,
    ``,
    `def ${r.pick(['tally_rainfall', 'read_log', 'sum_invoices', 'count_seedlings'])}(folder: Path) -> dict[str, int]:`,
    `    counts: dict[str, int] = {}`,
    `    for path in sorted(folder.glob("*.csv")):`,
    `        rows = path.read_text(encoding="utf-8").splitlines()[1:]`,
    `        counts[path.stem] = len(rows)`,
    `    return counts`,
  ],
  bash: (r) => [
    `#!/usr/bin/env bash`,
    `set -euo pipefail`,
    `dest=\${1:-/srv/${r.pick(['photos', 'notes', 'site', 'backups'])}}`,
    `rsync -a --delete ./public/ "$dest/"`,
    `find "$dest" -name '*.html' | wc -l`,
  ],
  go: (r) => [
    `package main`,
    ``,
    `import "fmt"`,
    ``,
    `func main() {`,
    `\tdays := []string{"mon", "tue", "wed"}`,
    `\tfor i, day := range days {`,
    `\t\tfmt.Printf("%d %s %d\\n", i, day, ${r.int(1, 99)})`,
    `\t}`,
    `}`,
  ],
  rust: (r) => [
    `fn average(values: &[f64]) -> Option<f64> {`,
    `    if values.is_empty() {`,
    `        return None;`,
    `    }`,
    `    Some(values.iter().sum::<f64>() / values.len() as f64)`,
    `}`,
    ``,
    `fn main() {`,
    `    println!("{:?}", average(&[${r.int(1, 9)}.0, ${r.int(10, 99)}.5]));`,
    `}`,
  ],
  sql: (r) => [
    `SELECT tag, count(*) AS posts`,
    `FROM post_tags`,
    `WHERE published_at >= date('now', '-${r.int(1, 24)} months')`,
    `GROUP BY tag`,
    `ORDER BY posts DESC`,
    `LIMIT 10;`,
  ],
  css: (r) => [
    `.card {`,
    `  display: grid;`,
    `  gap: ${r.int(1, 4)}rem;`,
    `  border-radius: ${r.int(2, 12)}px;`,
    `}`,
    ``,
    `@media (prefers-color-scheme: dark) {`,
    `  .card { background: #1d1f21; color: #e0e0e0; }`,
    `}`,
  ],
  yaml: (r) => [
    `schedule:`,
    `  - day: monday`,
    `    tasks: [water, weed]`,
    `  - day: thursday`,
    `    tasks: [harvest]`,
    `rain_mm: ${r.int(0, 40)}`,
  ],
  json: (r) => [`{`, `  "name": "${r.pick(['kettle', 'orchard', 'tram'])}",`, `  "version": "1.${r.int(0, 9)}.0",`, `  "private": true`, `}`],
  text: (r) => [`$ make ${r.pick(['test', 'site', 'backup'])}`, `ok   ${r.int(10, 400)} files`, `done in ${r.int(1, 60)}.${r.int(0, 9)}s`],
};

const LANGUAGES = Object.keys(SAMPLES);

/** A fenced code block: a language highlight.js knows, an unknown one (`console`), or none. */
export function createCodeBlock(random) {
  const language = random.pick(LANGUAGES);
  const lines = SAMPLES[language](random);
  const info = language === 'text' ? random.pick(['', 'console']) : language;
  return '```' + info + '\n' + lines.join('\n') + '\n```';
}
