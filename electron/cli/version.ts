import fs from 'node:fs';

let cached: string | null = null;
export function appVersion(): string {
  cached ??= (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
