import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { eventsPath, injectLiveReload } from './live-reload-client.js';
import { resolveRequestPath } from './resolve-request-path.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webmanifest': 'application/manifest+json',
};

const notBuiltPage =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><p>Nothing here yet: the site has not been built.</p></body></html>';

export interface DevServer {
  readonly url: string;
  readonly port: number;
  /** Tells open pages that a rebuild wrote these output files (paths inside the output folder). */
  notifyRebuilt(outputPaths: readonly string[], all: boolean): void;
  /** Shows the diagnostics in every open page until the next successful rebuild. */
  notifyError(text: string): void;
  close(): Promise<void>;
}

export interface DevServerOptions {
  readonly root: string;
  readonly host: string;
  readonly port: number;
  /** Base path of the site (`/` or `/blog/`): pages are served under it. */
  readonly basePath: string;
  /** Try the next ports when this one is busy (how many). */
  readonly portAttempts?: number;
}

/**
 * The development server of `quire serve`: serves the output folder with pretty URLs, the theme's
 * 404 page and correct content types, injects the live-reload script into HTML, and pushes rebuilds
 * and errors to open pages over Server-Sent Events.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const clients = new Set<ServerResponse>();
  let lastError: string | undefined;
  const send = (event: string, payload: unknown) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  };

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const rawPath = request.url ?? '/';
    if (rawPath.split('?')[0] === eventsPath) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      if (lastError !== undefined) response.write(`event: build-error\ndata: ${JSON.stringify({ text: lastError })}\n\n`);
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    serveFile(options, request, response, rawPath);
  });

  const port = await listen(server, options.host, options.port, options.portAttempts ?? 10);
  const displayHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${displayHost}:${port}${options.basePath}`,
    port,
    notifyRebuilt(outputPaths, all) {
      lastError = undefined;
      const paths = outputPaths.flatMap((p) => {
        const url = options.basePath + p;
        return p.endsWith('index.html') ? [url, url.slice(0, -'index.html'.length)] : [url];
      });
      send('reload', { paths, all });
    },
    notifyError(text) {
      lastError = text;
      send('build-error', { text });
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function serveFile(options: DevServerOptions, request: IncomingMessage, response: ServerResponse, rawPath: string): void {
  const target = resolveRequestPath(options.root, rawPath, options.basePath);
  if (target.kind === 'forbidden') {
    response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden\n');
    return;
  }
  if (target.kind === 'redirect') {
    response.writeHead(301, { location: target.location }).end();
    return;
  }
  const headers = { 'cache-control': 'no-store' };
  if (target.kind === 'not-found') {
    const notFound = resolveRequestPath(options.root, `${options.basePath}404.html`, options.basePath);
    // Without a 404 page (the site has not been built yet) a bare page still listens for the next build.
    const page = notFound.kind === 'file' ? readFileSync(notFound.file, 'utf8') : notBuiltPage;
    const body = injectLiveReload(page);
    response.writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  const type = contentTypes[path.extname(target.file).toLowerCase()] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) {
    const body = injectLiveReload(readFileSync(target.file, 'utf8'));
    response.writeHead(200, { ...headers, 'content-type': type });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.writeHead(200, { ...headers, 'content-type': type });
  if (request.method === 'HEAD') response.end();
  else createReadStream(target.file).pipe(response);
}

/** Listens on `port`, or on the next free ports when it is busy; rejects with a clear message. */
async function listen(server: Server, host: string, port: number, attempts: number): Promise<number> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => {
          server.off('listening', onListening);
          reject(error);
        };
        const onListening = () => {
          server.off('error', onError);
          resolve();
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(candidate, host);
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || port === 0) throw error;
    }
  }
  throw Object.assign(new Error(`ports ${port} to ${port + attempts - 1} on ${host} are all in use`), { code: 'EADDRINUSE' });
}
