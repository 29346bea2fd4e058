import { z } from 'zod';
import { CUSTOMER_KINDS, SCREENING_STATUSES, SIZE_BANDS } from './customer';
import { MAX_AMOUNT } from './money';

// A segment (细分, DOMAIN.md §2.3) is a tree: groups combine their items with AND or OR, items
// are conditions or further groups. The backend compiles it to SQL (electron/backend/segments/
// segmentSql.ts); the renderer only builds the tree. Meanings a user could read two ways are
// fixed here and shown in the builder's hints:
// - "took part in edition X": by default a booking (contracted / paid / attended); with
//   `anyStatus` any participation record (an enquiry, even a cancelled one) counts.
// - "editions attended" counts distinct editions with status attended.
// - revenue = Σ (price charged + other revenue) of booked participations (API: major units);
//   a customer with no booking has revenue 0 and stand area 0.
// - stand area: `total` sums, `max` takes the largest stand of booked participations.
// - satisfaction: `latest` is the score of the most recent scored edition (by start date;
//   two roles in that edition: the higher score), `average` the mean of all scores; a customer
//   never scored is in no satisfaction range.
// - last contact "older than N days" includes customers never contacted (nobody has talked
//   to them, which is what such a segment looks for); "within N days" needs a contact.
// - only live customers (not in the Trash) are ever members.

/** Deepest nesting: the root group, groups in it, and groups in those. */
export const MAX_SEGMENT_DEPTH = 3;
export const MAX_GROUP_ITEMS = 30;

const text = z.string().trim().min(1, { error: 'err.required' }).max(100, { error: 'err.tooLong:100' });
/** "Any of" a non-empty list; duplicates dropped. */
const anyOf = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .min(1, { error: 'err.segmentPickOne' })
    .max(max, { error: `err.tooMany:${max}` })
    .transform((v) => [...new Set(v)]);

const count = (max: number) =>
  z.int({ error: 'err.wholeNumber' }).min(0, { error: 'err.negative' }).max(max, { error: `err.tooLarge:${max}` });
const amount = z
  .number({ error: 'err.number' })
  .min(0, { error: 'err.negative' })
  .max(MAX_AMOUNT, { error: `err.tooLarge:${MAX_AMOUNT}` })
  .refine((v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
    error: 'err.cents',
  });
const area = z.number({ error: 'err.number' }).min(0, { error: 'err.negative' }).max(10_000_000, { error: 'err.tooLarge:10000000' });
const score = z.number({ error: 'err.number' }).min(0, { error: 'err.negative' }).max(10, { error: 'err.tooLarge:10' });

/** A closed range with either end open (null / missing); at least one end, min ≤ max. */
function range<T extends z.ZodType<number>>(bound: T) {
  return {
    min: bound.nullish().transform((v) => v ?? null),
    max: bound.nullish().transform((v) => v ?? null),
  };
}
function checkRange(v: { min: number | null; max: number | null }, ctx: z.RefinementCtx): void {
  if (v.min === null && v.max === null) ctx.addIssue({ code: 'custom', path: ['min'], message: 'err.segmentRangeEmpty' });
  else if (v.min !== null && v.max !== null && v.min > v.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'err.segmentMinOverMax' });
}

const editionId = z.uuid({ error: 'err.segmentPickEdition' });

// One schema per condition type. Each is a strict object so a misspelt key is named.
const conditionSchemas = [
  z.strictObject({ type: z.literal('kind'), values: anyOf(z.enum(CUSTOMER_KINDS), CUSTOMER_KINDS.length) }),
  z.strictObject({ type: z.literal('industry'), values: anyOf(text, 50) }),
  z.strictObject({ type: z.literal('country'), values: anyOf(text, 50) }),
  z.strictObject({ type: z.literal('region'), values: anyOf(text, 50) }),
  z.strictObject({ type: z.literal('sizeBand'), values: anyOf(z.enum(SIZE_BANDS), SIZE_BANDS.length) }),
  z.strictObject({ type: z.literal('tag'), values: anyOf(text, 50) }),
  z.strictObject({ type: z.literal('screening'), values: anyOf(z.enum(SCREENING_STATUSES), SCREENING_STATUSES.length) }),
  z.strictObject({ type: z.literal('tookPart'), editionId, anyStatus: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('notTookPart'), editionId, anyStatus: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('editionsAttended'), ...range(count(1000)) }).superRefine(checkRange),
  z.strictObject({ type: z.literal('revenue'), ...range(amount) }).superRefine(checkRange),
  z
    .strictObject({ type: z.literal('standArea'), measure: z.enum(['total', 'max']).default('total'), ...range(area) })
    .superRefine(checkRange),
  z
    .strictObject({ type: z.literal('satisfaction'), measure: z.enum(['latest', 'average']).default('latest'), ...range(score) })
    .superRefine(checkRange),
  z.strictObject({
    type: z.literal('lastContact'),
    op: z.enum(['olderThan', 'within']),
    days: count(36_500),
  }),
  z.strictObject({ type: z.literal('openComplaint'), has: z.boolean().default(true) }),
] as const;

/** One condition alone (the builder checks each row with it before asking for a count). */
export const SegmentConditionSchema = z.discriminatedUnion('type', [...conditionSchemas], { error: 'err.segmentUnknownCondition' });

export const CONDITION_TYPES = [
  'kind', 'industry', 'country', 'region', 'sizeBand', 'tag', 'screening', 'tookPart', 'notTookPart',
  'editionsAttended', 'revenue', 'standArea', 'satisfaction', 'lastContact', 'openComplaint',
] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];

export const GROUP_OPS = ['and', 'or'] as const;
export type GroupOp = (typeof GROUP_OPS)[number];

// The recursive part: a group's items are nodes, and a node is a condition or a group. The
// discriminated union names the bad field ("items.2.max") instead of "no union member matched".
const groupSchema = z.strictObject({
  type: z.literal('group'),
  op: z.enum(GROUP_OPS),
  get items(): z.ZodArray<typeof nodeSchema> {
    return z.array(nodeSchema).max(MAX_GROUP_ITEMS, { error: `err.tooMany:${MAX_GROUP_ITEMS}` });
  },
});
const nodeSchema: z.ZodDiscriminatedUnion<[...typeof conditionSchemas, typeof groupSchema], 'type'> = z.discriminatedUnion(
  'type',
  [...conditionSchemas, groupSchema],
  { error: 'err.segmentUnknownCondition' },
);

export type SegmentCondition = z.output<(typeof conditionSchemas)[number]>;
export type SegmentGroup = { type: 'group'; op: GroupOp; items: SegmentNode[] };
export type SegmentNode = SegmentCondition | SegmentGroup;
/** The root of a segment: always a group. */
export type SegmentDefinition = SegmentGroup;
export type SegmentConditionInput = z.input<(typeof conditionSchemas)[number]>;

function depth(g: { items: unknown[] }): number {
  let d = 0;
  for (const it of g.items) if ((it as { type: string }).type === 'group') d = Math.max(d, depth(it as SegmentGroup));
  return d + 1;
}

/** The definition as accepted by the API and stored in segments.definition (JSON). */
export const SegmentDefinitionSchema = groupSchema.superRefine((g, ctx) => {
  if (depth(g as SegmentGroup) > MAX_SEGMENT_DEPTH) ctx.addIssue({ code: 'custom', path: ['items'], message: `err.segmentTooDeep:${MAX_SEGMENT_DEPTH}` });
}) as unknown as z.ZodType<SegmentDefinition, SegmentDefinitionInput>;

export type SegmentDefinitionInput = { type: 'group'; op: GroupOp; items: (SegmentConditionInput | SegmentDefinitionInput)[] };

/** A definition matching every live customer. */
export const EMPTY_SEGMENT: SegmentDefinition = { type: 'group', op: 'and', items: [] };
