import { request } from 'node:http';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, makeTempDir } from '../helpers/run-cli.js';
import { spawnCli, type RunningCli } from '../helpers/spawn-cli.js';

/** A raw GET that keeps the path exactly as written (no client-side normalisation of `..`). */
function get(port: number, rawPath: string): Promise<{ status: number; type: string; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, ...(res.headers.location ? { location: res.headers.location } : {}) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('quire serve', () => {
  const temp = makeTempDir();
  let cli: RunningCli;
  let port: number;
  let site: string;

  beforeAll(async () => {
    site = copyExample('blog', temp.dir);
    writeFileSync(path.join(temp.dir, 'secret.txt'), 'top secret');
    cli = spawnCli(['serve', site, '--port', '0']);
    const [, found] = await cli.waitFor(/Serving .* at http:\/\/127\.0\.0\.1:(\d+)\//);
    port = Number(found);
  });
  afterAll(async () => {
    expect(await cli.stop()).toBe(0);
    temp.cleanup();
  });

  it('serves pretty URLs with content types and the live-reload script', async () => {
    const page = await get(port, '/posts/first-long-run/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('data-quire-live-reload');
    expect((await get(port, '/assets/style.css')).type).toMatch(/^text\/css/);
    expect((await get(port, '/images/kettle.svg')).type).toBe('image/svg+xml');
    expect(await get(port, '/posts/first-long-run')).toMatchObject({ status: 301, location: '/posts/first-long-run/' });
  });

  it('never puts the live-reload script in build output', () => {
    expect(readFileSync(path.join(site, 'dist/posts/first-long-run/index.html'), 'utf8')).not.toContain('data-quire-live-reload');
  });

  it('shows drafts and future posts by default', async () => {
    expect((await get(port, '/posts/winter-soups/')).status).toBe(200);
    expect((await get(port, '/posts/spring-sowing-calendar/')).status).toBe(200);
  });

  it('answers unknown paths with the theme 404 page', async () => {
    const missing = await get(port, '/no/such/page/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<h1');
  });

  it('refuses every path that would leave the output folder', async () => {
    for (const attack of ['/../secret.txt', '/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/posts/..%2f..%2fsecret.txt', '/..%5c..%5csecret.txt']) {
      const response = await get(port, attack);
      expect([403, 404], attack).toContain(response.status);
      expect(response.body).not.toContain('top secret');
    }
  });

  it('takes the next free port when the asked one is busy, and says so', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    const second = spawnCli(['serve', site, '--port', String(busy), '--out', path.join(temp.dir, 'second')]);
    try {
      await second.waitFor(new RegExp(`Port ${busy} is busy; using \\d+ instead`));
    } finally {
      expect(await second.stop()).toBe(0);
      blocker.close();
    }
  });
});

describe('quire serve on a site that is broken from the start', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('serves a page that listens for the fix and sends the diagnostic to the browser', async () => {
    const site = path.join(temp.dir, 'broken');
    mkdirSync(path.join(site, 'posts'), { recursive: true });
    writeFileSync(path.join(site, 'posts/2024-01-01-a.md'), '---\ntitle: [unclosed\n---\nBody\n');
    const cli = spawnCli(['serve', site, '--port', '0']);
    try {
      const [, found] = await cli.waitFor(/Serving .* at http:\/\/127\.0\.0\.1:(\d+)\//);
      const page = await get(Number(found), '/posts/a/');
      expect(page.status).toBe(404);
      expect(page.body).toContain('data-quire-live-reload');
      const events = await new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: Number(found), path: '/__quire/events' }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
            if (text.includes('event: build-error')) {
              req.destroy();
              resolve(text);
            }
          });
        });
        req.on('error', reject);
        req.end();
      });
      expect(events).toContain('posts/2024-01-01-a.md:');
      expect(events).toContain('FrontMatterInvalidYaml');
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });
});
