// Wall time and peak memory of a command. Memory is the resident set of the whole process tree
// (the process and all its descendants, summed), sampled from /proc every 20 ms: a tool that forks
// workers would look small if only its first process were counted. Worker threads live inside their
// process, so they are counted with it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const readText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process has just exited
  }
};

const hasChildrenFiles = existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

/** Direct children of `pid`, from /proc/<pid>/task/<tid>/children, else by scanning every /proc/<n>/stat. */
function listChildren(pid) {
  if (hasChildrenFiles) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
    return tasks.flatMap((tid) => readText(`/proc/${pid}/task/${tid}/children`).split(' ').filter(Boolean).map(Number));
  }
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => Number(readText(`/proc/${name}/stat`).replace(/^.*\) /s, '').split(' ')[1]) === pid)
    .map(Number);
}

/** Resident memory of `pid` and all its descendants, in bytes (0 once the tree has exited). */
export function readTreeRssBytes(pid) {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop();
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readText(`/proc/${current}/status`));
    if (match) total += Number(match[1]) * 1024;
    pending.push(...listChildren(current));
  }
  return total;
}

/** Samples the tree of `pid` every `intervalMs`; `stop()` returns the largest sum seen. */
export function startRssSampler(pid, intervalMs = 20) {
  let peakBytes = 0;
  const sample = () => {
    peakBytes = Math.max(peakBytes, readTreeRssBytes(pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peakBytes;
    },
  };
}

/**
 * Runs `command args` and resolves to { status, wallMs, peakRssBytes, output } once it has exited;
 * `output` is the tail of its stdout and stderr, for error messages and for parsing a summary line.
 */
export function runMeasured(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = startRssSampler(child.pid);
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let wallMs = 0;
    let peakRssBytes = 0;
    child.on('exit', () => {
      wallMs = performance.now() - started;
      peakRssBytes = sampler.stop();
    });
    child.on('error', (error) => {
      sampler.stop();
      reject(error);
    });
    child.on('close', (status) => resolve({ status, wallMs, peakRssBytes, output }));
  });
}
