import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const binPath = path.join(repoRoot, 'bin', 'quire.js');
export const examplesDir = path.join(repoRoot, 'examples');

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `bin/quire.js` with arguments, in `cwd`, with extra environment variables. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed by the returned cleanup function. */
export function makeTempDir(prefix = 'quire-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies an example site into a temp folder so a test can build or change it freely. */
export function copyExample(name: string, into: string): string {
  const target = path.join(into, name);
  cpSync(path.join(examplesDir, name), target, {
    recursive: true,
    // What a build of the example in place left (the README's quick start) is not part of it.
    filter: (source) => !source.includes(`${path.sep}dist`) && !source.includes(`${path.sep}.quire-cache`),
  });
  return target;
}

export function readOutput(siteOut: string, file: string): string {
  return readFileSync(path.join(siteOut, file), 'utf8');
}

/** Builds a copy of an example site into `<into>/out` with extra CLI arguments; fails on a non-zero exit. */
export function buildExample(name: string, into: string, args: readonly string[] = []): string {
  const site = copyExample(name, into);
  const out = path.join(into, 'out');
  const result = runCli(['build', site, '--out', out, ...args]);
  if (result.status !== 0) throw new Error(`quire build ${name} exited ${result.status}:\n${result.stderr}`);
  return out;
}

/** Runs `bin/quire.js` without blocking the test (for builds that run at the same time). */
export function runCliAsync(args: readonly string[], options: { env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}
