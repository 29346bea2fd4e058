/**
 * How good a default a sheet is when the user asked for none, for both readers (the streamed
 * .xlsx one and SheetJS's): a visible list first (a header and a row under it), so a cover sheet
 * of notes or a hidden lookup sheet in front is passed over; then a visible sheet with anything
 * in it; then a hidden one. 0: nothing in it. The first sheet of the highest rank is proposed.
 */
export const BEST_SHEET_RANK = 3;

export function sheetRank(hidden: boolean, filledRows: number): number {
  if (filledRows === 0) return 0;
  if (hidden) return 1;
  return filledRows >= 2 ? BEST_SHEET_RANK : 2;
}
