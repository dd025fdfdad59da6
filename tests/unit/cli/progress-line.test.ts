import { afterEach, describe, expect, it, vi } from 'vitest';
import { canShowProgress, createProgressLine, formatProgress } from '../../../src/cli/progress-line.js';
import { canShowColor, processTerminal } from '../../../src/cli/report.js';

function fakeTerminal() {
  let clock = 0;
  const writes: string[] = [];
  const line = createProgressLine({ write: (text) => writes.push(text), now: () => clock });
  return { line, writes, advance: (ms: number) => (clock += ms) };
}

const rendering = (done: number) => ({ stage: 'render' as const, done, total: 2000 });

describe('the progress line', () => {
  it('shows nothing, and clears nothing, for a build quicker than a second', () => {
    const { line, writes, advance } = fakeTerminal();
    for (let i = 0; i < 100; i++) {
      line.update(rendering(i));
      advance(9);
    }
    line.clear();
    expect(writes).toEqual([]);
  });

  it('appears after a second, redraws at most every 100 ms, and is erased before the summary', () => {
    const { line, writes, advance } = fakeTerminal();
    line.update({ stage: 'parse', done: 0, total: 0 });
    advance(1000);
    line.update({ stage: 'model', done: 0, total: 0 });
    expect(writes).toEqual(['\r\u001b[2Kquire: building the site model…']);
    // 1,000 files over 500 ms: five more redraws, not a thousand.
    for (let i = 0; i < 1000; i++) {
      advance(0.5);
      line.update(rendering(i));
    }
    expect(writes).toHaveLength(6);
    expect(writes.at(-1)).toMatch(/^\r\u001b\[2Kquire: rendering \d{3}\/2,000 files \(\d+ %\)$/);
    line.clear();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('counts files as done out of all', () => {
    expect(formatProgress({ stage: 'render', done: 1234, total: 10000 })).toBe('rendering 1,234/10,000 files (12 %)');
  });

  it('is shown only on a terminal, never in CI or on a dumb terminal; NO_COLOR does not hide it', () => {
    expect(canShowProgress(true, {})).toBe(true);
    expect(canShowProgress(true, { NO_COLOR: '1' })).toBe(true);
    expect(canShowProgress(false, {})).toBe(false);
    expect(canShowProgress(undefined, {})).toBe(false);
    expect(canShowProgress(true, { CI: 'true' })).toBe(false);
    expect(canShowProgress(true, { CI: '1' })).toBe(false);
    expect(canShowProgress(true, { CI: 'false' })).toBe(true);
    expect(canShowProgress(true, { TERM: 'dumb' })).toBe(false);
  });
});

describe('colour', () => {
  it('only on a terminal, and never with NO_COLOR set', () => {
    expect(canShowColor(true, {})).toBe(true);
    expect(canShowColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(canShowColor(false, {})).toBe(false);
    expect(canShowColor(undefined, {})).toBe(false);
  });
});

describe("the process's terminal", () => {
  const wasTTY = process.stderr.isTTY;
  const setTTY = (value: boolean) => Object.defineProperty(process.stderr, 'isTTY', { value, configurable: true });
  afterEach(() => {
    setTTY(wasTTY);
    vi.unstubAllEnvs();
  });

  it('gets a progress line and colour on a terminal outside CI, neither when stderr is a pipe or a file', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('TERM', 'xterm');
    setTTY(true);
    expect(processTerminal()).toMatchObject({ color: true, progress: expect.any(Function) });
    setTTY(false);
    const piped = processTerminal();
    expect(piped.color).toBe(false);
    expect(piped.progress).toBeUndefined();
  });

  it('gets no progress line in CI, even on a terminal', () => {
    vi.stubEnv('CI', 'true');
    setTTY(true);
    expect(processTerminal().progress).toBeUndefined();
  });
});
