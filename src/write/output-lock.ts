import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BuildAbort, createDiagnostic } from '../diagnostics/diagnostic.js';
import { isRunning } from './process-alive.js';

/** The lock a build holds on its output folder while it writes, so that two builds never interleave. */
export interface OutputLock {
  readonly file: string;
  /** Gives the lock up; calling it again does nothing. */
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another build to finish writing before giving up. */
  readonly timeoutMs: number;
  /** Time between two looks at the lock while waiting. */
  readonly pollMs?: number;
}

/**
 * Takes the lock of an output folder: a file beside it (`.dist.quire-lock`) that holds the process id
 * of its owner. It is created with its content in one step (a hard link of a file written before), so
 * nobody reads a half-written lock. While a running process holds it, this waits (blocking: the write
 * stage of a build is synchronous); a lock left by a process that no longer runs (a killed build) is
 * taken over. After `timeoutMs` it throws BuildAbort (exit code 2) naming the owner.
 */
export function lockOutputDir(outDir: string, options: LockOptions): OutputLock {
  const file = path.join(path.dirname(outDir), `.${path.basename(outDir)}.quire-lock`);
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (tryCreate(file)) return ownedLock(file);
    const owner = readOwner(file);
    if (owner !== undefined && (owner === process.pid || !isRunning(owner))) {
      takeOverStale(file, owner);
      continue;
    }
    if (Date.now() >= deadline) throw busy(outDir, file, owner, options.timeoutMs);
    sleepMs(options.pollMs ?? 50);
  }
}

function tryCreate(file: string): boolean {
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, `${process.pid}\n`);
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

function ownedLock(file: string): OutputLock {
  let held = true;
  return {
    file,
    release() {
      if (!held) return;
      held = false;
      rmSync(file, { force: true });
    },
  };
}

/** The process id in a lock file; undefined when it is gone or does not hold one. */
function readOwner(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a lock whose owner is gone. It is first moved aside under a name of ours, and put back if it
 * turns out another process replaced it in the meantime, so two builds cleaning up at once never remove
 * a live lock.
 */
function takeOverStale(file: string, staleOwner: number): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  if (readOwner(aside) === staleOwner) {
    unlinkSync(aside);
    return;
  }
  try {
    linkSync(aside, file);
  } finally {
    rmSync(aside, { force: true });
  }
}

function busy(outDir: string, file: string, owner: number | undefined, timeoutMs: number): BuildAbort {
  const who = owner === undefined ? 'another build' : `another build (process ${owner})`;
  return new BuildAbort(
    [
      createDiagnostic('error', 'OutputDirBusy', `${who} is writing ${outDir}; gave up waiting after ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`, {
        hint: `wait for it to finish and build again; if no quire build is running, delete ${file}`,
      }),
    ],
    2,
  );
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** How long a build waits for another build writing the same output folder (QUIRE_LOCK_TIMEOUT_MS, default 5 minutes). */
export function lockTimeoutMs(): number {
  const text = process.env.QUIRE_LOCK_TIMEOUT_MS;
  const value = text ? Number(text) : NaN;
  return Number.isFinite(value) && value >= 0 ? value : 5 * 60_000;
}
