import { z } from 'zod';
import { CustomerCreateInput } from '../../../shared/api/customers';
import { ParticipationCreateInput } from '../../../shared/api/participations';

// The create schemas an imported row must pass (the very rules of a row typed in by hand),
// compiled with zod's z.compile: generated code answers for valid input, and the schema's own
// parser, with its issues, for the rest — zod's promise is the same results and messages, which
// rowSchemas.test.ts holds it to for these two. Every row of a list goes through them; measured,
// the 100,000 customers of the benchmark's list parsed alone: 1.75 s -> 0.51 s, and the
// validation no longer falls behind the reading (importSpeculation.ts). Compiled here, in the
// backend, only: it generates a function (new Function), which the renderer's policy forbids.

export const CustomerRow = z.compile(CustomerCreateInput);
export const ParticipationRow = z.compile(ParticipationCreateInput);
