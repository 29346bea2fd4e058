/**
 * Formula-injection guard for exported text (OWASP "CSV Injection").
 *
 * A spreadsheet program treats a typed or imported value that begins with `=`, `+`, `-` or `@`
 * as a formula (tab and carriage return are stripped by some programs first, so they lead to the
 * same thing). A customer name like `=cmd|' /C calc'!A0` must therefore never reach a cell as a
 * formula.
 *
 * - CSV: every text field that starts with one of those characters gets the standard guard, a
 *   leading single quote (`'=1+1`). CSV has no types, so this is the only defence; Excel and
 *   LibreOffice then show the text as text (the quote stays visible in the cell — that is the
 *   accepted OWASP trade-off).
 * - XLSX: the value is written as a *string cell* (`t="str"`), which Excel and LibreOffice display
 *   literally and never evaluate on open, so no quote is added there: the user sees exactly their
 *   text, and a rejected-rows workbook re-imports unchanged. (See writeTable.ts.)
 *
 * Numbers are not text: a negative amount written as a number cell is never guarded.
 */

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!);
}

/** The text as it may safely appear in a CSV field: a leading `'` when it could be a formula. */
export function formulaGuard(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * A CSV field as it was before formulaGuard: `'=1+1` → `=1+1`. For importing what we (or Excel
 * users following the same advice) exported: else a list exported as CSV and imported again
 * would store `'+86 21 5555 0000` as the company's phone. A quote before anything else stays.
 */
export function withoutFormulaGuard(text: string): string {
  return text.length > 1 && text[0] === "'" && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
