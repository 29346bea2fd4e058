import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ApiResult } from '../../shared/api';
import type { BackendEvent } from '../../shared/api/jobs';
import { LANGUAGES, type Language } from '../../shared/i18n/errors';
import { describeMethods } from '../backend/dispatcher';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

export interface HttpBackend {
  call(method: string, input: unknown, lang: Language): Promise<ApiResult<unknown>>;
  onEvent(listener: (e: BackendEvent) => void): () => void;
}

export interface HttpServerOptions {
  backend: HttpBackend;
  token: string;
  /** The built renderer (index.html and assets); omitted → API only. */
  staticDir?: string;
  port?: number;
}

/** Request bodies above this are refused before parsing (inputs are small; 10 MB strings must get a clean error). */
const MAX_BODY = 16 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function tokenOk(req: http.IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function langOf(req: http.IncomingMessage): Language {
  const l = String(req.headers['x-lang'] ?? req.headers['accept-language'] ?? 'en').slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'en';
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The loopback HTTP transport for the browser preview and browser tests: POST /api/<method>
 * with a bearer token, GET /api/methods, GET /api/events (a stream of backend events), and the
 * built renderer. Bound to 127.0.0.1 only; the Host header is checked so a web page that
 * rebinds its DNS name to 127.0.0.1 cannot reach it either.
 */
export function startHttpServer(opts: HttpServerOptions): Promise<{ server: http.Server; port: number; url: string }> {
  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'internal error' } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const port = (server.address() as { port: number }).port;
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendJson(res, 403, { ok: false, error: { code: 'unauthorized', message: 'forbidden host' } });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      if (!tokenOk(req, opts.token)) {
        sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token.' } });
        return;
      }
      const name = url.pathname.slice('/api/'.length);
      if (name === 'methods' && req.method === 'GET') return sendJson(res, 200, describeMethods());
      if (name === 'events' && req.method === 'GET') return streamEvents(req, res);
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'unknown_method', message: 'Use POST.' } });
      const body = await readBody(req);
      if (body === null) {
        return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: 'Request too large.' } });
      }
      let input: unknown;
      try {
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The body is not valid JSON.' } });
      }
      return sendJson(res, 200, await opts.backend.call(name, input, langOf(req)));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false });
    serveStatic(url.pathname, res);
  }

  function streamEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const off = opts.backend.onEvent((e) => res.write(`data: ${JSON.stringify(e)}\n\n`));
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      off();
      clearInterval(ping);
    });
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    if (!opts.staticDir) return sendJson(res, 404, { ok: false });
    const root = path.resolve(opts.staticDir);
    let file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    // Paths outside the renderer folder, and routes of the single-page app, get index.html.
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(root, 'index.html');
    }
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(file).pipe(res);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({ server, port, url: `http://127.0.0.1:${port}/` });
    });
  });
}
