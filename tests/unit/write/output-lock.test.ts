import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildAbort } from '../../../src/diagnostics/diagnostic.js';
import { lockOutputDir } from '../../../src/write/output-lock.js';
import { makeTempDir } from '../../helpers/run-cli.js';

describe('the output folder lock', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const out = path.join(temp.dir, 'dist');
  const lockFile = path.join(temp.dir, '.dist.quire-lock');

  it('is a file beside the output folder naming its owner, removed on release', () => {
    const lock = lockOutputDir(out, { timeoutMs: 0 });
    expect(lock.file).toBe(lockFile);
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    lock.release();
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    writeFileSync(lockFile, '99999999\n');
    const lock = lockOutputDir(out, { timeoutMs: 0 });
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('gives up after the timeout while a running process holds it, naming that process', () => {
    writeFileSync(lockFile, `${process.ppid}\n`);
    const started = Date.now();
    let error: unknown;
    try {
      lockOutputDir(out, { timeoutMs: 200, pollMs: 20 });
    } catch (thrown) {
      error = thrown;
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(error).toBeInstanceOf(BuildAbort);
    const abort = error as BuildAbort;
    expect(abort.exitCode).toBe(2);
    expect(abort.diagnostics[0]?.code).toBe('OutputDirBusy');
    expect(abort.diagnostics[0]?.message).toBe(`another build (process ${process.ppid}) is writing ${out}; gave up waiting after 200 ms`);
    expect(abort.diagnostics[0]?.hint).toContain(`delete ${lockFile}`);
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.ppid}\n`);
    writeFileSync(lockFile, '');
  });

  it('waits while its owner holds it, then takes it', async () => {
    // The owner releases the lock after a while (and runs on), as a build does after its swap.
    const script = `require('fs').writeFileSync(${JSON.stringify(lockFile)}, process.pid + '\\n'); setTimeout(() => require('fs').rmSync(${JSON.stringify(lockFile)}), 700); setTimeout(() => {}, 1500);`;
    const owner = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    const exited = new Promise((resolve) => owner.once('exit', resolve));
    while (!existsSync(lockFile)) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    const lock = lockOutputDir(out, { timeoutMs: 10_000, pollMs: 20 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
    await exited;
  });
});
