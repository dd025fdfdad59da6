// Watch latency: how long from saving a post to its rebuilt page being on disk.
// Starts `quire watch SITE --out OUT`, then for each edit (1) appends a sentence to a post's body and
// waits until its page contains it, and (2) changes the post's title and waits until its page shows it.
// Each post is put back (and that rebuild awaited) before the next measurement, also when a step fails.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startRssSampler } from './process-tree.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const readIfThere = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const slugOf = (name) => name.replace(/\.md$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
export function median(list) {
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Measures `edits` body edits and `edits` title edits of posts of `site` (edited in place, restored).
 * Returns the first build's time, per-edit times from outside (`body`, `title`) and as quire reports
 * them (`bodyQuire`, `titleQuire`), their medians, and the peak RSS of the watch process tree.
 */
export async function measureWatchLatency({ bin, site, outDir, edits, firstBuildTimeoutMs = 900_000, editTimeoutMs = 120_000 }) {
  const child = spawn(process.execPath, [bin, 'watch', site, '--out', outDir, '--now', '2030-01-01'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const sampler = startRssSampler(child.pid);
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const until = async (check, timeoutMs = editTimeoutMs) => {
    const started = performance.now();
    while (!check()) {
      if (performance.now() - started > timeoutMs) throw new Error(`quire watch: timed out; log:\n${log.slice(-2000)}`);
      if (child.exitCode !== null) throw new Error(`quire watch exited with ${child.exitCode}; log:\n${log.slice(-2000)}`);
      await sleep(2);
    }
    return performance.now() - started;
  };
  const rebuildTimes = () => [...log.matchAll(/wrote \d+ files(?:, removed \d+)? in (\d+) ms/g)].map((m) => Number(m[1]));
  // Writes `text` to `file` and waits for the rebuild it causes.
  const writeAndWait = async (file, text) => {
    const before = rebuildTimes().length;
    writeFileSync(file, text);
    await until(() => rebuildTimes().length > before);
  };

  const result = { firstBuildMs: 0, body: [], bodyQuire: [], title: [], titleQuire: [], peakRssBytes: 0 };
  try {
    result.firstBuildMs = Math.round(await until(() => /Watching/.test(log), firstBuildTimeoutMs));
    const posts = readdirSync(path.join(site, 'posts')).filter((name) => name.endsWith('.md')).sort();
    for (let i = 0; i < edits; i++) {
      const name = posts[(i * 97) % posts.length];
      const file = path.join(site, 'posts', name);
      const page = path.join(outDir, 'posts', slugOf(name), 'index.html');
      const original = readFileSync(file, 'utf8');
      try {
        await sleep(300);
        const marker = `Latency marker ${i} ${Date.now()}.`;
        const before = rebuildTimes().length;
        writeFileSync(file, `${original}\n${marker}\n`);
        result.body.push(await until(() => readIfThere(page).includes(marker)));
        await until(() => rebuildTimes().length > before);
        result.bodyQuire.push(rebuildTimes().at(-1));
        await writeAndWait(file, original);

        await sleep(300);
        const title = `Latency title ${i} ${Date.now()}`;
        const beforeTitle = rebuildTimes().length;
        const started = performance.now();
        writeFileSync(file, original.replace(/^title: .*$/m, `title: "${title}"`));
        await until(() => rebuildTimes().length > beforeTitle && readIfThere(page).includes(title));
        result.title.push(performance.now() - started);
        result.titleQuire.push(rebuildTimes().at(-1));
        await writeAndWait(file, original);
      } finally {
        if (readFileSync(file, 'utf8') !== original) writeFileSync(file, original);
      }
    }
  } finally {
    result.peakRssBytes = sampler.stop();
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
  }
  return {
    ...result,
    bodyEditMedianMs: median(result.body),
    bodyEditQuireMedianMs: median(result.bodyQuire),
    titleEditMedianMs: median(result.title),
    titleEditQuireMedianMs: median(result.titleQuire),
  };
}
