// The reliability suite's figures (issue 7 item 8): each test writes what it tried and what
// held to test-results/reliability/<name>.json, from which the README's reliability table is
// filled after a large run (`npm run test:reliability`, RELIABILITY=large). `npm test` runs the
// same tests at a small size.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The large run: `npm run test:reliability` (npm names the script in the environment), or RELIABILITY=large. */
export const RELIABILITY_LARGE = process.env.RELIABILITY === 'large' || process.env.npm_lifecycle_event === 'test:reliability';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results', 'reliability');

export function writeReliabilityFigures(name: string, figures: Record<string, unknown>): void {
  fs.mkdirSync(OUT, { recursive: true });
  const record = { name, size: RELIABILITY_LARGE ? 'large' : 'small', at: new Date().toISOString(), ...figures };
  fs.writeFileSync(path.join(OUT, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
