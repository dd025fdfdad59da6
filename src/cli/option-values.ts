// What the command definitions need before a command runs; kept apart from the commands themselves,
// which load the renderer's libraries.

/** The words `quire list` accepts; without one it lists every post a normal build leaves out. */
export const listChoices = ['drafts', 'future', 'expired', 'all'] as const;

/** Commander's collector for a repeatable option: `--tags a,b --tags c` gives `['a,b', 'c']`. */
export function collectValues(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
