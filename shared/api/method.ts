import type { z } from 'zod';

/** One API method: its input schema (validated at the boundary) and its result type. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  readonly __output?: O;
}

/** `method<Result>()(inputSchema)` — curried so the result type is explicit and the input inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });
}
