// Money is stored as integer minor units (cents, fen) so sums never drift; the API and the
// screens use major units with at most two decimals, in the workspace currency.

/** Major units → minor units; null stays null. The input is already validated (≤ 2 decimals). */
export function toMinor(amount: number): number;
export function toMinor(amount: number | null): number | null;
export function toMinor(amount: number | null): number | null {
  return amount === null ? null : Math.round(amount * 100);
}

/** Minor units → major units; null stays null. */
export function fromMinor(minor: number): number;
export function fromMinor(minor: number | null): number | null;
export function fromMinor(minor: number | null): number | null {
  return minor === null ? null : minor / 100;
}

/** The largest amount accepted (major units): far above any stand, safe as integer cents. */
export const MAX_AMOUNT = 1_000_000_000;
