// Generated invalid and hostile inputs for every API method (issue 7 item 6). Inputs are built
// from each method's JSON Schema (the contract, as GET /api/methods publishes it): a plausible
// input first, then one hostile change to it — a wrong type, a missing or extra field, a
// prototype key, a 10 MB string, control characters, invalid Unicode, SQL fragments, huge
// numbers, NaN / Infinity, dates in year 0 or 99999 — or a hostile value in place of the
// whole input. Deterministic for a seed, so a failure can be replayed.

/** A small seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;
export type Schema = Json & { type?: string | string[]; properties?: Record<string, Schema>; required?: string[] };

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** Values no field should accept as they are, or that must be handled as plain data. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  -0,
  2 ** 53 + 1,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  ' ',
  TEN_MB,
  '\u0000\u0001\u0002\u001b[31m',
  '\ud800',
  'a\udfffb',
  "'; DROP TABLE customers; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM participations; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=cmd|\' /C calc\'!A0',
  '__proto__',
  'constructor',
  '0000-01-01',
  '99999-12-31',
  '2026-02-30',
  '0000-00-00T00:00:00Z',
  '+099999-12-31T00:00:00.000Z',
  '../../../../etc/passwd',
  'C:\\Windows\\System32\\config\\SAM',
  '%s%s%s%n',
  '{{7*7}}',
  [],
  [null],
  {},
  { __proto__: null },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** A deeply nested array (recursion limits). */
function deep(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

function uuid(r: () => number): string {
  const hex = () => Math.floor(r() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

function typesOf(s: Schema): string[] {
  if (Array.isArray(s.type)) return s.type;
  if (typeof s.type === 'string') return [s.type];
  return [];
}

/** A plausible value for a schema (often valid; the contract decides). */
export function plausible(s: Schema | undefined, r: () => number, depth = 0): unknown {
  if (!s || depth > 6) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return pick(r, s.enum);
  const alts = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (alts?.length) return plausible(pick(r, alts), r, depth + 1);
  if (s.default !== undefined && r() < 0.3) return s.default;
  const type = typesOf(s).find((t) => t !== 'null') ?? (s.properties ? 'object' : 'string');
  switch (type) {
    case 'object': {
      const out: Json = {};
      for (const [k, sub] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(k) || r() < 0.5) out[k] = plausible(sub, r, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.min(Number(s.minItems ?? 0) + Math.floor(r() * 3), Number(s.maxItems ?? 3));
      return Array.from({ length: n }, () => plausible(s.items as Schema, r, depth + 1));
    }
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : 0;
      const max = typeof s.maximum === 'number' ? Math.min(s.maximum, min + 1000) : min + 1000;
      const v = min + r() * (max - min);
      return type === 'integer' ? Math.round(v) : Math.round(v * 100) / 100;
    }
    case 'boolean':
      return r() < 0.5;
    default: {
      if (s.format === 'uuid' || /uuid/i.test(String(s.pattern ?? ''))) return uuid(r);
      if (s.format === 'date') return '2026-11-22';
      if (s.format === 'date-time') return '2026-11-22T10:00:00.000Z';
      if (s.format === 'email') return 'a@example.com';
      const max = typeof s.maxLength === 'number' ? s.maxLength : 40;
      return 'Acme 上海'.slice(0, Math.max(Number(s.minLength ?? 1), Math.min(max, 7)));
    }
  }
}

/** Paths of the object schemas inside a schema (where a field can be broken). */
function objectPaths(s: Schema, base: string[] = [], out: { path: string[]; schema: Schema }[] = []): { path: string[]; schema: Schema }[] {
  if (s.properties) {
    out.push({ path: base, schema: s });
    for (const [k, sub] of Object.entries(s.properties)) if (base.length < 3) objectPaths(sub, [...base, k], out);
  }
  return out;
}

function getAt(root: unknown, path: string[]): unknown {
  let v = root;
  for (const k of path) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  return v;
}

/** One hostile input for a method whose input schema is `schema`; `what` says what was done. */
export function hostileInput(schema: Schema, r: () => number): { input: unknown; what: string } {
  const roll = r();
  if (roll < 0.08) {
    const whole = pick(r, [null, 42, 'text', [], true, deep(2000), TEN_MB, ...HOSTILE_VALUES.slice(0, 12)]);
    return { input: whole, what: 'whole input replaced' };
  }
  const input = plausible(schema, r) as Json;
  if (!input || typeof input !== 'object') return { input, what: 'plausible' };
  const targets = objectPaths(schema).filter(({ path }) => {
    const at = getAt(input, path);
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
  const target = targets.length ? pick(r, targets) : { path: [], schema };
  const obj = (target.path.length ? getAt(input, target.path) : input) as Json;
  const keys = Object.keys(target.schema.properties ?? {});
  const op = r();
  if (op < 0.15 || keys.length === 0) {
    // An extra field, often a prototype key as JSON.parse makes it (an own property).
    const name = pick(r, ['__proto__', 'constructor', 'prototype', 'extra', '__defineGetter__', 'toString', 'x'.repeat(300)]);
    const withExtra = JSON.parse(JSON.stringify({ ...obj, placeholder: 1 }).replace('"placeholder"', JSON.stringify(name))) as Json;
    withExtra[name] = pick(r, HOSTILE_VALUES);
    if (target.path.length) {
      const parent = getAt(input, target.path.slice(0, -1)) as Json;
      parent[target.path.at(-1)!] = withExtra;
    } else {
      return { input: withExtra, what: `extra field ${name.slice(0, 20)}` };
    }
    return { input, what: `extra field ${name.slice(0, 20)} at ${target.path.join('.')}` };
  }
  const key = pick(r, keys);
  if (op < 0.3 && target.schema.required?.includes(key)) {
    delete obj[key];
    return { input, what: `missing ${[...target.path, key].join('.')}` };
  }
  obj[key] = r() < 0.1 ? deep(50) : pick(r, HOSTILE_VALUES);
  return { input, what: `hostile ${[...target.path, key].join('.')}` };
}
