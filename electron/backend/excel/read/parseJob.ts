// The reading thread's work (job kind 'spreadsheet.parse', run by the job worker in a thread of
// its own — see readSpreadsheet.ts). Untrusted bytes are parsed only here, after the thread's
// prototypes are frozen; what goes back is plain strings and numbers built by this code.

import fs from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { freezePrototypes } from './hardenRealm';
import { sniffFormat } from './sniffFormat';
import { SpreadsheetError } from './spreadsheetError';
import type { HandOver, ParseRequest, ReadPart, ParseResponse, SpreadsheetContent } from './spreadsheetTypes';

/** Size checks and the first bytes, before anything parses. */
function open(req: ParseRequest): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(req.file);
  } catch (e) {
    throw new SpreadsheetError('unreadable', (e as Error).message);
  }
  if (!stat.isFile()) throw new SpreadsheetError('unreadable', 'not a file');
  if (stat.size === 0) throw new SpreadsheetError('empty', 'zero bytes');
  if (stat.size > req.maxBytes) throw new SpreadsheetError('tooLarge', `${stat.size} bytes`);
  const fd = fs.openSync(req.file, 'r');
  try {
    const head = new Uint8Array(4096);
    return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

async function parse(req: ParseRequest, hand: HandOver | null): Promise<SpreadsheetContent> {
  const sniffed = sniffFormat(open(req));
  freezePrototypes();
  // From here on, untrusted bytes meet parsers — and SheetJS is first loaded now.
  if (sniffed.kind === 'other') throw new SpreadsheetError('notSpreadsheet', sniffed.what);
  if (sniffed.kind === 'zip') {
    const { readXlsx } = await import('./xlsxReader');
    return readXlsx(req, hand);
  }
  const bytes = fs.readFileSync(req.file);
  if (sniffed.kind === 'text') {
    const { readCsv } = await import('./csvReader');
    return readCsv(bytes, req);
  }
  const { readWithSheetjs } = await import('./sheetjsReader');
  return readWithSheetjs(bytes, sniffed.kind, req);
}

export async function parseSpreadsheetJob(req: ParseRequest, send?: (part: ReadPart) => void): Promise<ParseResponse> {
  // Freezing the prototypes of a thread that does anything else would break it: only in the
  // thread started for this parse (never inline, e.g. by a JobRunner without a worker entry).
  if (isMainThread || (workerData as { kind?: string } | null)?.kind !== 'spreadsheet.parse') {
    return { ok: false, code: 'unreadable', detail: 'spreadsheet.parse must run in its own thread' };
  }
  const hand: HandOver | null = send && req.mode === 'read' && req.handOverEvery > 0 ? { every: req.handOverEvery, send, sent: 0 } : null;
  try {
    const content = await parse(req, hand);
    if (!hand || hand.sent === 0) return { ok: true, content };
    // The rows handed over ahead are not sent again; the caller pads them to the width and
    // drops any past the total (blank rows at the end).
    const width = hand.width ?? 0;
    return {
      ok: true,
      content: { ...content, rows: content.rows.slice(hand.sent) },
      handedOver: { sent: hand.sent, total: content.rows.length, width },
    };
  } catch (e) {
    if (e instanceof SpreadsheetError) return { ok: false, code: e.code, detail: e.detail };
    const msg = e instanceof Error ? e.message : String(e);
    // Running out of room for strings/arrays is "too large", not a crash.
    if (e instanceof RangeError) return { ok: false, code: 'tooLarge', detail: msg };
    return { ok: false, code: 'unreadable', detail: msg };
  }
}
