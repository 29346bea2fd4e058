import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A CLI failure meant for the user: printed to stderr without a stack, with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /**
   * Runs in a thread with the heap limit of the app's backend thread (host/backendHeap.ts), as
   * the app runs the same work: for commands that hold a whole file's rows (import).
   */
  backendThread?: boolean;
  run(values: Record<string, string | boolean | undefined>, io: Io): Promise<number>;
}

export interface Io {
  json: boolean;
  out(text: string): void;
  err(text: string): void;
  /** The machine-readable result (stdout, one line) or a human line. */
  result(data: unknown, human: string): void;
}

export function makeIo(json: boolean): Io {
  return {
    json,
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    result(data, human) {
      process.stdout.write(json ? `${JSON.stringify(data)}\n` : `${human}\n`);
    },
  };
}

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
} as const;

export function parse(cmd: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...cmd.options }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${cmd.usage}`, 2);
  }
}

export function intOption(v: unknown, name: string, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max} (got "${String(v)}")`, 2);
  return n;
}

/** A progress line on stderr (only on a terminal: logs and pipes get no carriage returns). */
export function progressPrinter(io: Io) {
  let last = '';
  return (done: number, total: number, step: string) => {
    if (!process.stderr.isTTY) return;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
    const line = `${step} ${pct}% (${done.toLocaleString('en')}/${total.toLocaleString('en')})`;
    if (line !== last) process.stderr.write(`\r${line}   `);
    last = line;
    if (done >= total && total > 0) io.err('');
  };
}
