// Builds the app into a temporary directory and serves it the way a static host would: the
// built files (hashed assets cached for a year), every other path the single page's
// index.html. More routes serve the benchmark itself, never the app: /__bench/blank, an
// empty page of the same origin (raw IndexedDB without the app running beside it),
// /__bench/data/<file>, the rows the raw-IndexedDB floor writes, and /__bench/<page>/, the bench
// pages built apart from the app (place-save.ts).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds with vite (and its manifest, for the bundle's figures); returns the directory. */
export function buildApp(outDir?: string): { dir: string; ms: number } {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'ptdv-bench-dist-'));
  const started = performance.now();
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('bench: the build failed');
  return { dir, ms: Math.round(performance.now() - started) };
}

/** A path inside `root`, or null when the request would leave it. */
function inside(root: string, path: string): string | null {
  const full = normalize(join(root, decodeURIComponent(path)));
  return full === root || full.startsWith(root + sep) ? full : null;
}

export interface AppServer {
  url: string;
  /** Where /__bench/data/ serves from (set per dataset). */
  setDataDir(dir: string | null): void;
  close(): Promise<void>;
}

export async function serveApp(
  distDir: string,
  port: number,
  benchPagesDir: string | null = null,
): Promise<AppServer> {
  let dataDir: string | null = null;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (file: string, cache: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Length': statSync(file).size,
        'Cache-Control': cache,
      });
      createReadStream(file).pipe(response);
    };
    if (path === '/__bench/blank') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>bench</title>');
      return;
    }
    if (path.startsWith('/__bench/data/')) {
      const file = dataDir ? inside(dataDir, path.slice('/__bench/data/'.length)) : null;
      if (!file || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      send(file, 'no-store');
      return;
    }
    if (path.startsWith('/__bench/') && benchPagesDir) {
      const relative = path.slice('/__bench/'.length);
      const page = inside(
        benchPagesDir,
        relative.endsWith('/') ? `${relative}index.html` : relative,
      );
      if (!page || !existsSync(page) || !statSync(page).isFile()) {
        response.writeHead(404).end();
        return;
      }
      send(page, 'no-cache');
      return;
    }
    const file = inside(distDir, path);
    if (file && existsSync(file) && statSync(file).isFile()) {
      send(file, path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    send(join(distDir, 'index.html'), 'no-cache');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    setDataDir(dir) {
      dataDir = dir;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
