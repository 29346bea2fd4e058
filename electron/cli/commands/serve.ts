import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { translateError } from '../../../shared/i18n/errors';
import { BackendHost } from '../../host/backendHost';
import { startHttpServer } from '../../http/httpServer';
import { CliError, intOption, type Command } from '../cliSupport';
import { appVersion } from '../version';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// EXCRM_RENDERER_DIR serves another build of the renderer (see EXCRM_OUT_DIR in electron.vite.config.ts).
const rendererDir = process.env.EXCRM_RENDERER_DIR ?? path.join(root, 'out', 'renderer');

/** The browser preview needs the built renderer; build it once if it is missing. */
function ensureRenderer(io: { err(t: string): void }): void {
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return;
  io.err('Building the user interface (first run only)…');
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const r = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new CliError('Could not build the user interface; run "npm run build" and look at its errors.');
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the app to a browser on 127.0.0.1 (preview and browser tests)',
  usage: `Usage: exhibition-crm serve --db FILE [--port N] [--data-dir DIR]

Serves the user interface and the HTTP API on 127.0.0.1 only. When ready, prints one JSON
line {"url","token","port","open"} on stdout; "open" is the address to open in a browser.
Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.
  --db FILE        workspace file (created if missing)
  --port N         port to listen on; 0 picks a free one (default 0)
  --data-dir DIR   folder for app settings and new workspaces (default: the folder of FILE)
  --json           print only the JSON line (no human-readable message on stderr)`,
  options: { db: { type: 'string' }, port: { type: 'string' }, 'data-dir': { type: 'string' } },
  async run(v, io) {
    if (typeof v.db !== 'string') throw new CliError(`--db FILE is required\n\n${this.usage}`, 2);
    const port = intOption(v.port, 'port', 0, 65535, 0);
    const db = path.resolve(v.db);
    const dataDir = path.resolve(typeof v['data-dir'] === 'string' ? v['data-dir'] : path.dirname(db));
    if (!fs.existsSync(path.dirname(db))) throw new CliError(`folder does not exist: ${path.dirname(db)}`);
    ensureRenderer(io);

    const entry = fileURLToPath(new URL('../../host/backendWorker.ts', import.meta.url));
    const jobWorkerEntry = fileURLToPath(new URL('../../backend/jobs/jobWorker.ts', import.meta.url));
    const { host, startError } = await BackendHost.start(entry, {
      dataDir,
      host: 'browser',
      version: appVersion(),
      jobWorkerEntry,
      openPath: db,
    });
    if (startError) {
      await host.stop();
      throw new CliError(`Cannot open ${db}: ${translateError(startError.message, 'en')}`);
    }
    const token = randomBytes(24).toString('base64url');
    const { server, port: actual, url } = await startHttpServer({ backend: host, token, staticDir: rendererDir, port });
    process.stdout.write(`${JSON.stringify({ url, token, port: actual, open: `${url}#token=${token}` })}\n`);
    if (!io.json) io.err(`Serving ${db} at ${url} — open ${url}#token=${token} (Ctrl+C to stop)`);

    await new Promise<void>((resolve) => {
      const stop = () => {
        server.close();
        server.closeAllConnections();
        void host.stop().then(() => resolve());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
