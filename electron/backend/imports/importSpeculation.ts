import { guessMapping, type ImportField } from '../../../shared/domain/import/columnMapping';
import { detectHeaderRow } from '../../../shared/domain/import/headerDetection';
import type { RowListener } from '../excel/read/spreadsheetTypes';
import type { Db } from '../store/openDatabase';
import { Analyser, numberStyleOf, type Analysis } from './importAnalysis';
import { applyTemplate, templateFor } from './importTemplates';

// Validating a big file while it is still being read. The reading thread hands rows over as it
// goes (ReadOptions.onRows) and the backend's thread, idle meanwhile, analyses them with the
// settings the first preview will propose: the header row detected, the mapping of a saved
// template or guessed, no edition (an edition's participations are validated after, from this
// analysis: importAnalysis.rederive). The first preview takes the analysis only if the settings
// it arrives at are exactly those and the rows are the very rows analysed; otherwise it is
// dropped and the preview analyses as before. Measured on 100,000 rows: see the README.

/** Rows needed before the header row can be told (headerDetection.ts looks at the first 30). */
const HEADER_SCAN_ROWS = 30;
/** Rows analysed per turn of the event loop (about 0.1 s): calls are answered in between. */
const SLICE_ROWS = 2000;

type Row = (string | null)[];

export class Speculation implements RowListener {
  /** The rows handed over so far (the answer's own arrays). */
  private seen: Row[] = [];
  private sheet: string | null = null;
  private analyser: Analyser | null = null;
  private headerRow = 0;
  private mapping: (ImportField | null)[] = [];
  private abandoned = false;
  private pumping = false;

  constructor(private readonly db: Db) {}

  /** Rows analysed so far (diagnostics, tests). */
  get rowsAnalysed(): number {
    return this.analyser?.done ?? 0;
  }

  reset(): void {
    this.seen = [];
    this.sheet = null;
    this.analyser = null;
    this.abandoned = false;
  }

  rows(sheet: string, from: number, part: Row[]): void {
    if (this.abandoned) return;
    if (from !== this.seen.length || (this.sheet !== null && sheet !== this.sheet)) return this.stop();
    this.sheet = sheet;
    for (const row of part) this.seen.push(row);
    // Analysed a slice at a time between events, not in this handler: the parts queue up when
    // the reading is faster, and the reading's answer (an error, say) is not kept waiting
    // behind their analysis.
    if (!this.pumping) {
      this.pumping = true;
      setImmediate(() => this.pump());
    }
  }

  private pump(): void {
    this.pumping = false;
    if (this.abandoned) return;
    try {
      if (!this.analyser) {
        if (this.seen.length < HEADER_SCAN_ROWS) return;
        this.headerRow = detectHeaderRow(this.seen);
        const headers = this.seen[this.headerRow] ?? [];
        const t = templateFor(this.db, headers);
        this.mapping = t ? applyTemplate(t, headers) : guessMapping(headers);
        // A date column's order (day or month first) is told from the whole column, not all read
        // yet. (The numbers' decimal mark too, but it rarely tells anything: the analysis goes
        // on without it, and take() refuses it when the whole columns do tell.)
        if (this.mapping.includes('statusAt')) return this.stop();
        this.analyser = new Analyser(this.db, this.headerRow, this.mapping, null, null);
      }
      this.analyser.add(this.seen, Math.min(this.seen.length, this.analyser.done + SLICE_ROWS));
      if (this.analyser.done < this.seen.length) {
        this.pumping = true;
        setImmediate(() => this.pump());
      }
    } catch {
      // Only ever a head start: the preview analyses the file itself.
      this.stop();
    }
  }

  /** Nothing more to analyse: the reading failed, the session closed, or the settings differ. */
  stop(): void {
    this.abandoned = true;
    this.seen = [];
    this.analyser = null;
  }

  /**
   * The analysis of `rows` (the file's rows as read) with these settings and no edition, if it is
   * the one under way: the rest of the rows are analysed now. Null otherwise. Once only. (For an
   * edition, importAnalysis.rederive takes it from there.)
   */
  take(
    db: Db,
    settings: { sheet: string; rows: readonly Row[]; headerRow: number; mapping: readonly (ImportField | null)[] },
  ): Analysis | null {
    const a = this.analyser;
    const analysed = this.seen;
    this.stop();
    if (!a || db !== this.db || settings.sheet !== this.sheet) return null;
    if (settings.headerRow !== this.headerRow || settings.rows.length < analysed.length) return null;
    const m = settings.mapping;
    // The proposed mapping is the header row's, padded to the sheet's width.
    for (let i = 0; i < Math.max(m.length, this.mapping.length); i++) if ((m[i] ?? null) !== (this.mapping[i] ?? null)) return null;
    for (let i = 0; i < analysed.length; i++) if (settings.rows[i] !== analysed[i]) return null;
    // Analysed with no decimal mark known: good only if the whole number columns tell none either.
    if (numberStyleOf({ rows: settings.rows, headerRow: this.headerRow, mapping: m }) !== null) return null;
    a.add(settings.rows, settings.rows.length);
    return a.result();
  }
}
