import fs from 'node:fs';
import path from 'node:path';
import { DEMO_DEFAULT_NOW } from '../../backend/demo/generateDemo';
import { demoJob } from '../../backend/jobs/demoJob';
import { CliError, intOption, progressPrinter, type Command } from '../cliSupport';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'create a demo workspace with realistic customers',
  usage: `Usage: exhibition-crm demo --db FILE [--customers N] [--seed N] [--now YYYY-MM-DD] [--force] [--json]

Creates a new workspace FILE filled with demo data. The same seed and date give the same data.
  --db FILE        workspace file to create (must not exist unless --force)
  --customers N    number of customers, 10 to 100000 (default 500)
  --seed N         random seed (default 1)
  --now YYYY-MM-DD the demo's "today": editions before it closed, the next open for booking
                   (default ${DEMO_DEFAULT_NOW.slice(0, 10)}, fixed so a seed gives the same data any day)
  --force          replace FILE if it exists
  --json           print the result as JSON on stdout`,
  options: {
    db: { type: 'string' },
    customers: { type: 'string' },
    seed: { type: 'string' },
    now: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(v, io) {
    if (typeof v.db !== 'string') throw new CliError(`--db FILE is required\n\n${this.usage}`, 2);
    const customers = intOption(v.customers, 'customers', 10, 100_000, 500);
    const seed = intOption(v.seed, 'seed', 0, 2 ** 31 - 1, 1);
    const now = nowOption(v.now);
    const file = path.resolve(v.db);
    if (fs.existsSync(file)) {
      if (!v.force) throw new CliError(`${file} already exists (use --force to replace it)`);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    }
    const dir = path.dirname(file);
    if (!fs.existsSync(dir)) throw new CliError(`folder does not exist: ${dir}`);
    const started = process.hrtime.bigint();
    const result = demoJob({ path: file, customers, seed, now }, { progress: progressPrinter(io), cancelled: () => false });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    io.result(
      { path: file, customers: result.customers, seed, now: now.slice(0, 10), seconds: Math.round(seconds * 100) / 100 },
      `Created ${file} with ${result.customers.toLocaleString('en')} customers (seed ${seed}) in ${seconds.toFixed(1)} s.`,
    );
    return 0;
  },
};

/** --now as the demo's "now": that day at the default's time of day (a real calendar date only). */
function nowOption(v: unknown): string {
  if (v === undefined) return DEMO_DEFAULT_NOW;
  const day = String(v);
  const at = `${day}${DEMO_DEFAULT_NOW.slice(10)}`;
  const ms = Date.parse(at);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms) || new Date(ms).toISOString() !== at) {
    throw new CliError(`--now must be a date YYYY-MM-DD (got "${day}")`, 2);
  }
  return at;
}
