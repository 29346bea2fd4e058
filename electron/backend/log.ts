import fs from 'node:fs';
import path from 'node:path';

/** Appends errors with their stack to <dataDir>/logs/exhibition-crm.log; the UI never sees stacks. */
export function fileLog(dataDir: string) {
  const file = path.join(dataDir, 'logs', 'exhibition-crm.log');
  return {
    file,
    error(message: string, err: unknown): void {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
        fs.appendFileSync(file, `${new Date().toISOString()} ERROR ${message}\n${detail}\n`);
      } catch {
        // Logging must never take the backend down.
      }
    },
  };
}
