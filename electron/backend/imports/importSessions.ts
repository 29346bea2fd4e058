import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DuplicateDecision } from '../../../shared/api/imports';
import { ApiFailure } from '../../../shared/api/result';
import type { ImportField } from '../../../shared/domain/import/columnMapping';
import type { Backend } from '../backend';
import { readSpreadsheet, SpreadsheetError, type SpreadsheetContent } from '../excel/read/readSpreadsheet';
import type { Analysis, ChosenDateOrder, Decisions } from './importAnalysis';
import { Speculation } from './importSpeculation';

// An opened file lives in the backend, in a session, from "open" to "commit" or "close": the
// rows of the chosen sheet as read (text), and the user's choices. Memory stays bounded: a few
// sessions at most (opening another closes the least recently used), and a session unused for
// a while expires. Nothing here writes the database.

export const MAX_SESSIONS = 3;
export const SESSION_IDLE_MS = 30 * 60_000;

export interface ImportSession {
  id: string;
  path: string;
  fileName: string;
  content: SpreadsheetContent;
  headerRow: number | null;
  mapping: (ImportField | null)[] | null;
  /** The mapping came from the user (not proposed): a template is no longer proposed over it. */
  mappingChosen: boolean;
  templateMatch: { id: string; name: string } | null;
  editionId: string | null;
  /** The day/month order for ambiguous dates the user chose, or the proposed template holds (null: as the file tells, else day first). */
  dateOrder: ChosenDateOrder | null;
  decisions: Decisions;
  analysis: Analysis | null;
  /** The sheet, header row and mapping `analysis` was made for (another edition needs less). */
  analysisOf: string | null;
  /** The analysis begun while the file was read, for the first preview to take (or drop). */
  speculation: Speculation | null;
  /** The commit job, once started; the session is then read-only. */
  commitJobId: string | null;
  lastUsed: number;
}

const stores = new WeakMap<Backend, Map<string, ImportSession>>();

function store(b: Backend): Map<string, ImportSession> {
  let s = stores.get(b);
  if (!s) stores.set(b, (s = new Map()));
  return s;
}

/** Forgets a session; its analysis begun while reading, if still under way, stops with it. */
function drop(sessions: Map<string, ImportSession>, s: ImportSession): void {
  s.speculation?.stop();
  s.speculation = null;
  sessions.delete(s.id);
}

function expire(b: Backend, now = Date.now()): void {
  const sessions = store(b);
  for (const s of [...sessions.values()]) if (now - s.lastUsed > SESSION_IDLE_MS) drop(sessions, s);
}

/** A spreadsheet failure as the API's field-level error on `path`, in the caller's language. */
export function spreadsheetFailure(e: unknown): never {
  if (e instanceof SpreadsheetError) throw new ApiFailure('invalid_input', e.key, { path: e.key }, { code: e.code });
  throw e;
}

export async function readSheet(b: Backend, file: string, sheet?: string, onRows?: Speculation): Promise<SpreadsheetContent> {
  try {
    return await readSpreadsheet(file, { sheet, workerEntry: b.opts.jobWorkerEntry, onRows });
  } catch (e) {
    return spreadsheetFailure(e);
  }
}

export async function openSession(b: Backend, file: string): Promise<ImportSession> {
  expire(b);
  if (!path.isAbsolute(file)) throw new ApiFailure('invalid_input', 'err.invalidInput', { path: 'err.absolutePath' });
  const speculation = new Speculation(b.context().db);
  let content: SpreadsheetContent;
  try {
    content = await readSheet(b, file, undefined, speculation);
  } catch (e) {
    speculation.stop();
    throw e;
  }
  const sessions = store(b);
  while (sessions.size >= MAX_SESSIONS) {
    drop(sessions, [...sessions.values()].sort((x, y) => x.lastUsed - y.lastUsed)[0]!);
  }
  const s: ImportSession = {
    id: randomUUID(),
    path: file,
    fileName: path.basename(file),
    content,
    headerRow: null,
    mapping: null,
    mappingChosen: false,
    templateMatch: null,
    editionId: null,
    dateOrder: null,
    decisions: { default: 'skip', rows: new Map() },
    analysis: null,
    analysisOf: null,
    speculation,
    commitJobId: null,
    lastUsed: Date.now(),
  };
  sessions.set(s.id, s);
  return s;
}

export function getSession(b: Backend, id: string): ImportSession {
  expire(b);
  const s = store(b).get(id);
  if (!s) throw new ApiFailure('not_found', 'err.import.sessionGone');
  s.lastUsed = Date.now();
  return s;
}

export function closeSession(b: Backend, id: string): boolean {
  const sessions = store(b);
  const s = sessions.get(id);
  if (!s) return false;
  drop(sessions, s);
  return true;
}

export function setDefaultDecision(s: ImportSession, d: DuplicateDecision): void {
  s.decisions.default = d;
}
