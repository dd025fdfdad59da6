#!/usr/bin/env node
// Builds examples/blog and takes screenshots of one post page in light and dark mode with Debian's
// headless Chromium, for the README: node scripts/screenshot.mjs [--out docs] [--page /posts/x/]
import { execFile, execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(root, 'docs') },
    page: { type: 'string', default: '/posts/sleep-better-tonight/' },
    size: { type: 'string', default: '1280x1800' },
  },
});
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  console.error('screenshot: Chromium not found (apt-get install -y chromium)');
  process.exit(2);
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'quire-shot-'));
const site = path.join(temp, 'site');
execFileSync(process.execPath, [path.join(root, 'bin/quire.js'), 'build', path.join(root, 'examples/blog'), '--out', site, '--now', '2026-11-27'], { stdio: 'inherit' });

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((req, res) => {
  let file = path.join(site, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!file.startsWith(site)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}${values.page}`;

mkdirSync(values.out, { recursive: true });
const [width, height] = values.size.split('x');
try {
  for (const [scheme, blink] of [['light', 1], ['dark', 0]]) {
    const out = path.join(values.out, `screenshot-post-${scheme}.png`);
    // Chromium runs asynchronously: this process must keep serving the pages it asks for.
    const result = await promisify(execFile)(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
      `--user-data-dir=${path.join(temp, `profile-${scheme}`)}`, '--virtual-time-budget=2000',
      `--blink-settings=preferredColorScheme=${blink}`,
      `--screenshot=${out}`, `--window-size=${width},${height}`, url,
    ], { encoding: 'utf8', timeout: 60_000 }).catch((error) => error);
    if (result instanceof Error || !existsSync(out)) {
      console.error(`screenshot: Chromium failed for ${scheme}\n${result.stderr ?? result}`);
      process.exitCode = 1;
    } else {
      console.log(`screenshot: ${url} (${scheme}) -> ${path.relative(process.cwd(), out)}`);
    }
  }
} finally {
  server.close();
  rmSync(temp, { recursive: true, force: true });
}
