// The HTTP side of the server: the built app (so one process is a whole deployment), the room-creation endpoint,
// and a health check. Everything else is Hocuspocus's WebSocket.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NewRoom } from '../src/sync/protocol';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

/** A file of the built app, or index.html for the app's own routes; never a path outside `dist`. */
function serveStatic(dist: string, urlPath: string, res: ServerResponse): void {
  let file: string;
  try {
    file = path.join(dist, path.normalize(decodeURIComponent(urlPath)).replace(/^([/\\]|\.\.)+/, ''));
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Bad path');
  }
  if (file !== dist && !file.startsWith(dist + path.sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  let stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = fs.statSync(file, { throwIfNoEntry: false });
  }
  if (!stat?.isFile()) {
    // An asset that is not there is a 404; any other path is the app.
    if (path.extname(file)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    file = path.join(dist, 'index.html');
    if (!fs.existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'The app is not built: run npm run build.');
  }
  // Hashed assets never change; the rest (index.html, the service worker) must be revalidated.
  const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), { 'Cache-Control': cache });
}

export function handleRequest(req: IncomingMessage, res: ServerResponse, opts: { dist: string; createRoom: () => NewRoom }): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/api/rooms') {
    if (req.method !== 'POST') return send(res, 405, 'application/json', JSON.stringify({ error: 'Use POST to create a room.' }), { Allow: 'POST' });
    return send(res, 201, 'application/json', JSON.stringify(opts.createRoom()), { 'Cache-Control': 'no-store' });
  }
  if (url.pathname === '/healthz') return send(res, 200, 'text/plain; charset=utf-8', 'ok');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  if (!opts.dist) return send(res, 404, 'text/plain; charset=utf-8', 'This server serves no app (DIST is empty).');
  serveStatic(opts.dist, url.pathname, res);
}
