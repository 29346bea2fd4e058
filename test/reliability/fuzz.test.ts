import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api } from '../../shared/api';
import { tempBackend } from '../helpers/tempBackend';
import { hostileInput, rng, type Schema } from './hostileInputs';
import { RELIABILITY_LARGE, writeReliabilityFigures } from './reliabilityFigures';

// Issue 7 item 6: generated invalid and hostile inputs thrown at EVERY API method through the
// real dispatcher, on a real workspace with data in it. For each input the contract itself
// (the method's zod schema) says whether it is valid. Invalid ones must get a structured
// 'invalid_input' error naming fields, change nothing in the database (the connection's
// total_changes() stays put), and answer within a bound; valid ones must never end as an
// internal error. `npm test` runs 76 per method (10,032 in all); the reliability run
// (RELIABILITY=large, `npm run test:reliability`) runs 10,000 per method.

const PER_METHOD = Number(process.env.FUZZ_PER_METHOD ?? (RELIABILITY_LARGE ? 10_000 : 76));
/** Generous: a 10 MB string through validation on a loaded 2-core machine takes tens of ms. */
const BOUND_MS = 5_000;
/** Valid inputs to these are not sent: they would switch workspaces or write files outside the test's folder. */
const OUTSIDE_EFFECTS = /^(workspace\.|exports\.|backups\.(create|restore|updateSettings)$|imports\.(open|rejected)$)/;

let t: ReturnType<typeof tempBackend>;
beforeAll(async () => {
  t = tempBackend();
  const x = (await t.call('exhibitions.create', { name: 'Fuzz Fair' })).id;
  await t.call('editions.create', { exhibitionId: x, name: 'Fuzz 2026', startDate: '2026-03-01', endDate: '2026-03-03', status: 'closed' });
  for (let i = 0; i < 20; i++) await t.call('customers.create', { companyName: `Fuzz ${i} Ltd`, kinds: ['exhibitor'] });
});
afterAll(() => t?.cleanup());

describe('hostile inputs at every API method', () => {
  it(`answers each of ${PER_METHOD} generated inputs per method with a structured result and changes nothing on invalid ones`, async () => {
    const db = t.db();
    const changes = db.prepare('SELECT total_changes()').pluck();
    const totals = { methods: 0, inputs: 0, invalid: 0, invalidAnswered: 0, valid: 0, validSent: 0, maxMs: 0 };
    const failures: string[] = [];
    const r = rng(Number(process.env.FUZZ_SEED ?? 20261122));
    for (const [method, def] of Object.entries(api)) {
      totals.methods++;
      const schema = z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }) as Schema;
      for (let i = 0; i < PER_METHOD; i++) {
        const { input, what } = hostileInput(schema, r);
        totals.inputs++;
        const valid = def.input.safeParse(input ?? {}).success;
        if (valid) {
          totals.valid++;
          if (OUTSIDE_EFFECTS.test(method)) continue;
          totals.validSent++;
          const res = await t.raw(method, input);
          if (!res.ok && res.error.code === 'internal') failures.push(`${method} (${what}): internal error on a valid input ${JSON.stringify(input).slice(0, 300)}`);
          continue;
        }
        totals.invalid++;
        const before = changes.get();
        const started = performance.now();
        const res = await t.raw(method, input);
        const ms = performance.now() - started;
        totals.maxMs = Math.max(totals.maxMs, ms);
        const ok =
          !res.ok &&
          res.error.code === 'invalid_input' &&
          typeof res.error.message === 'string' &&
          res.error.fields !== undefined &&
          Object.keys(res.error.fields).length > 0 &&
          Object.values(res.error.fields).every((m) => typeof m === 'string' && m.length > 0 && m.length < 2_000);
        if (!ok) failures.push(`${method} (${what}): ${JSON.stringify(res).slice(0, 300)}`);
        else if (changes.get() !== before) failures.push(`${method} (${what}): the database changed`);
        else if (ms > BOUND_MS) failures.push(`${method} (${what}): ${ms.toFixed(0)} ms`);
        else totals.invalidAnswered++;
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(totals.methods).toBe(Object.keys(api).length);
    expect(totals.inputs).toBe(PER_METHOD * totals.methods);
    expect(totals.invalid).toBeGreaterThan(totals.inputs * 0.8);
    // Nothing reached Object.prototype, and the workspace is intact.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    writeReliabilityFigures('fuzz', { ...totals, maxMs: Math.round(totals.maxMs), boundMs: BOUND_MS, perMethod: PER_METHOD });
  }, RELIABILITY_LARGE ? 3_600_000 : 300_000);
});
