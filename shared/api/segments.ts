import { z } from 'zod';
import { CUSTOMER_SORT_FIELDS, type CustomerListResult } from './customers';
import { SegmentDefinitionSchema, type SegmentDefinition } from '../domain/segment';
import { requiredText, uuid } from './fields';
import { method } from './method';

export interface SegmentSummary {
  id: string;
  name: string;
  /** Live customers matching it now. */
  count: number;
}

export interface Segment {
  id: string;
  name: string;
  definition: SegmentDefinition;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An edition to pick in the builder, with its exhibition's name. */
export interface EditionChoice {
  id: string;
  name: string;
  exhibitionName: string;
  startDate: string;
  status: string;
}

const name = requiredText(100);

export const SegmentMembersInput = z
  .strictObject({
    /** A saved segment… */
    segmentId: uuid().optional(),
    /** …or a definition being built (one of the two). */
    definition: SegmentDefinitionSchema.optional(),
    sort: z
      .strictObject({ field: z.enum(CUSTOMER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
      .default({ field: 'companyName', dir: 'asc' }),
    offset: z.int().min(0).max(100_000_000).default(0),
    limit: z.int().min(1).max(500).default(50),
  })
  .superRefine((v, ctx) => {
    if ((v.segmentId === undefined) === (v.definition === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['segmentId'], message: 'err.segmentIdOrDefinition' });
    }
  });
export type SegmentMembersInput = z.input<typeof SegmentMembersInput>;

export const segmentMethods = {
  'segments.list': method<SegmentSummary[]>()(z.strictObject({})),
  'segments.get': method<Segment>()(z.strictObject({ id: uuid() })),
  'segments.count': method<{ count: number }>()(z.strictObject({ definition: SegmentDefinitionSchema })),
  'segments.members': method<CustomerListResult>()(SegmentMembersInput),
  'segments.create': method<Segment>()(z.strictObject({ name, definition: SegmentDefinitionSchema })),
  'segments.update': method<Segment>()(
    z.strictObject({
      id: uuid(),
      /** The version the editor started from; a mismatch means someone else saved meanwhile. */
      version: z.int().min(1),
      name: name.optional(),
      definition: SegmentDefinitionSchema.optional(),
    }),
  ),
  'segments.delete': method<{ id: string }>()(z.strictObject({ id: uuid() })),
  'segments.editionChoices': method<EditionChoice[]>()(z.strictObject({})),
};
