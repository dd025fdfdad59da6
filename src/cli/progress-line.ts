import type { BuildProgress } from '../config/types.js';

export interface ProgressLineOptions {
  /** Writes to the terminal as is (no newline added). */
  readonly write: (text: string) => void;
  readonly now: () => number;
  /** Nothing is shown for builds quicker than this. */
  readonly delayMs?: number;
  /** The line is redrawn at most this often, so that a build of many small files does not wait on the terminal. */
  readonly intervalMs?: number;
}

export interface ProgressLine {
  update(progress: BuildProgress): void;
  /** Erases the line, if one was drawn, so the summary starts on a clean line. */
  clear(): void;
}

const stageLabels: Record<BuildProgress['stage'], string> = {
  sources: 'finding sources',
  parse: 'reading posts and pages',
  model: 'building the site model',
  plan: 'planning the pages',
  render: 'rendering',
};

const eraseLine = '\r\u001b[2K';

/** A one-line progress counter for a terminal: shown only once a build has taken `delayMs`. */
export function createProgressLine(options: ProgressLineOptions): ProgressLine {
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const started = options.now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(progress) {
      const now = options.now();
      if (now - started < delayMs || now - drawnAt < intervalMs) return;
      drawnAt = now;
      drawn = true;
      options.write(`${eraseLine}quire: ${formatProgress(progress)}`);
    },
    clear() {
      if (drawn) options.write(eraseLine);
      drawn = false;
    },
  };
}

/** `rendering 1,234/10,000 files (12 %)`, or the stage's name. */
export function formatProgress(progress: BuildProgress): string {
  const label = stageLabels[progress.stage];
  if (progress.total <= 0) return `${label}…`;
  const percent = Math.floor((progress.done / progress.total) * 100);
  return `${label} ${progress.done.toLocaleString('en')}/${progress.total.toLocaleString('en')} files (${percent} %)`;
}

/**
 * A progress line is for a person watching a terminal: never when stderr is a file or a pipe, nor in
 * CI (`CI` set), nor on a terminal that cannot move the cursor (`TERM=dumb`). `NO_COLOR` does not hide
 * it: the line has no colour.
 */
export function canShowProgress(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(isTTY) && !(env.CI && env.CI !== 'false' && env.CI !== '0') && env.TERM !== 'dumb';
}
