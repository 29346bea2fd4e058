/** A zero-based column as spreadsheets name it: 0 → A, 25 → Z, 26 → AA, 16,383 → XFD. */
export function columnLetters(column: number): string {
  let s = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
