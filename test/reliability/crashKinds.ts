/** The heavy writes the crash test kills (see crashWorkload.ts for what each does). */
export const CRASH_KINDS = ['writes', 'import', 'rebook', 'stages', 'assess', 'demo'] as const;
export type CrashKind = (typeof CRASH_KINDS)[number];
