import { isMainThread } from 'node:worker_threads';
import { translateError } from '../../shared/i18n/errors';
import { jobErrorKey } from '../backend/jobs/jobError';
import { CliError, makeIo, parse, type Command } from './cliSupport';
import { assessCommand } from './commands/assess';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { predictCommand } from './commands/predict';
import { restoreCommand } from './commands/restore';
import { serveCommand } from './commands/serve';
import { runInThread } from './cliThread';
import { appVersion } from './version';

const COMMANDS: Command[] = [demoCommand, checkCommand, serveCommand, assessCommand, predictCommand, exportCommand, importCommand, backupCommand, restoreCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `exhibition-crm ${appVersion()} — Exhibition CRM from the command line`,
    '',
    'Usage: exhibition-crm <command> [options]      (every command takes --help and --json)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write(`${appVersion()}\n`);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage()}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  try {
    const values = parse(cmd, rest);
    if (values.help) {
      process.stdout.write(`${cmd.usage}\n`);
      return 0;
    }
    if (cmd.backendThread && isMainThread) return await runInThread(argv);
    return await cmd.run(values, makeIo(json));
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`exhibition-crm ${cmd.name}: ${e.message}\n`);
      return e.exitCode;
    }
    // An unexpected failure: one clear line (a full disk, a refused folder in words; else the
    // message), the stack only when asked for.
    process.stderr.write(`exhibition-crm ${cmd.name}: ${translateError(jobErrorKey(e), 'en')}\n`);
    if (process.env.EXCRM_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}
