/**
 * "Salvage what is readable into a new workspace" (issue 7 item 4), for the worst case: a
 * damaged workspace with no good backup. Every table of a fresh workspace (built by the real
 * migrations) is filled with the rows that can still be read from the damaged file; what the
 * app derives (search indexes, duplicate keys, per-customer figures, lifecycle suggestions) is
 * rebuilt rather than copied, and rows left pointing at a parent that was lost are dropped, so
 * the result is a consistent workspace. The damaged file is only read, never changed.
 *
 * Reading around damage: a table with rowids is read in rowid ranges; a range that fails is
 * split in halves down to single rows, so one bad page costs only its own rows. A table
 * without rowids is read from its first key forwards and from its last key backwards, each
 * until the damage.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { suspendAuditTriggers } from '../audit/suspendAudit';
import { reindexCustomer } from '../customers/customerRepository';
import { suspendFigureTriggers } from '../segments/customerFigures';
import { openDatabase, type Db } from '../store/openDatabase';

/** Tables the app derives from others: rebuilt, never copied. */
const DERIVED = /^(customer_search|customer_figures$|dedupe_keys$|stage_suggestions$|sqlite_)/;
const CHUNK = 2_000;

export interface SalvageTable {
  table: string;
  copied: number;
  /** Rows read but refused by the new workspace (a value that no longer fits its column). */
  refused: number;
  /** Rowid ranges (or key scans) that could not be read. */
  damagedAreas: number;
  /** Rows dropped because the row they belong to was lost (e.g. a contact of a lost customer). */
  orphansDropped: number;
}

export interface SalvageReport {
  source: string;
  target: string;
  tables: SalvageTable[];
  customers: number;
  /** Integrity of the new workspace ('ok'). */
  integrity: string;
}

export function salvageWorkspace(source: string, target: string, opts: { nativeBinding?: string; progress?: (table: string) => void } = {}): SalvageReport {
  if (!fs.existsSync(source)) throw new Error(`no file ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already`);
  const from = new Database(source, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  let to: Db | null = null;
  try {
    to = openDatabase(target, { create: true, nativeBinding: opts.nativeBinding });
    const db = to;
    const sourceTables = readableTables(from);
    const targetTables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").pluck().all() as string[];
    const tables: SalvageTable[] = [];
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      // Per-customer figures are filled once at the end, not by their triggers per row; the
      // history is copied as it was, not written again for every row copied.
      const restoreFigures = suspendFigureTriggers(db);
      const restoreAudit = suspendAuditTriggers(db);
      for (const table of targetTables) {
        if (DERIVED.test(table) || !sourceTables.has(table)) continue;
        opts.progress?.(table);
        tables.push(copyTable(from, db, table));
      }
      dropOrphans(db, tables);
      restoreFigures();
      restoreAudit();
      // Derived data, rebuilt from what was saved.
      const nums = db.prepare('SELECT num FROM customers').pluck().all() as number[];
      for (const num of nums) reindexCustomer(db, num);
    })();
    db.pragma('foreign_keys = ON');
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const customers = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    return { source, target, tables, customers, integrity };
  } catch (e) {
    if (to?.open) to.close();
    to = null;
    for (const f of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    throw e;
  } finally {
    from.close();
    to?.close();
  }
}

/** Tables whose schema entry can be read (an unreadable schema leaves nothing to salvage). */
function readableTables(from: Database.Database): Set<string> {
  try {
    return new Set(from.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  } catch (e) {
    throw new Error(`the file's table list cannot be read: ${(e as Error).message}`);
  }
}

function columnsOf(db: Database.Database | Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
}

function copyTable(from: Database.Database, to: Db, table: string): SalvageTable {
  const out: SalvageTable = { table, copied: 0, refused: 0, damagedAreas: 0, orphansDropped: 0 };
  let sourceColumns: string[];
  try {
    sourceColumns = columnsOf(from, table);
  } catch {
    out.damagedAreas++;
    return out;
  }
  const wanted = new Set(sourceColumns);
  const cols = columnsOf(to, table).filter((c) => wanted.has(c));
  if (cols.length === 0) return out;
  const list = cols.map((c) => `"${c}"`).join(', ');
  const insert = to.prepare(`INSERT OR REPLACE INTO "${table}" (${list}) VALUES (${cols.map(() => '?').join(', ')})`);
  const put = (row: unknown[]) => {
    try {
      insert.run(row);
      out.copied++;
    } catch {
      out.refused++;
    }
  };

  const hasRowid = (() => {
    try {
      from.prepare(`SELECT rowid FROM "${table}" LIMIT 0`).all();
      return true;
    } catch {
      return false;
    }
  })();

  if (hasRowid) {
    const bounds = tryGet(() => from.prepare(`SELECT min(rowid), max(rowid) FROM "${table}"`).raw().get() as [number | null, number | null]);
    if (!bounds) {
      out.damagedAreas++;
      scanBothEnds(from, table, list, put, out);
      return out;
    }
    const [lo, hi] = bounds;
    if (lo === null || hi === null) return out;
    const range = from.prepare(`SELECT ${list} FROM "${table}" WHERE rowid >= ? AND rowid < ? ORDER BY rowid`).raw();
    const readRange = (a: number, b: number) => {
      const rows = tryGet(() => range.all(a, b) as unknown[][]);
      if (rows) {
        rows.forEach(put);
        return;
      }
      if (b - a <= 1) {
        out.damagedAreas++;
        return;
      }
      const mid = a + Math.floor((b - a) / 2);
      readRange(a, mid);
      readRange(mid, b);
    };
    for (let a = lo; a <= hi; a += CHUNK) readRange(a, Math.min(a + CHUNK, hi + 1));
  } else {
    scanBothEnds(from, table, list, put, out);
  }
  return out;
}

/** Reads forwards until damage, then backwards until damage (duplicates are replaced, not doubled). */
function scanBothEnds(from: Database.Database, table: string, list: string, put: (row: unknown[]) => void, out: SalvageTable): void {
  for (const order of ['ASC', 'DESC']) {
    try {
      // Without rowids the primary key orders the scan; with a damaged rowid tree, rowid does.
      for (const row of from.prepare(`SELECT ${list} FROM "${table}" ORDER BY 1 ${order}`).raw().iterate() as Iterable<unknown[]>) put(row);
    } catch {
      out.damagedAreas++;
    }
  }
}

function tryGet<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** Deletes rows whose parent row was lost (by each foreign key), until every foreign key holds. */
function dropOrphans(db: Db, tables: SalvageTable[]): void {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck().all() as string[];
  const keys = names.flatMap((table) =>
    (db.prepare('SELECT "table" AS parent, "from" AS child, "to" AS col, id FROM pragma_foreign_key_list(?)').all(table) as { parent: string; child: string; col: string | null; id: number }[]).map(
      (k) => ({ table, ...k }),
    ),
  );
  for (let round = 0; round < 10; round++) {
    let dropped = 0;
    for (const k of keys) {
      // A NULL reference points at nothing on purpose; a key without "to" means the parent's primary key.
      const parentCol = k.col ?? (db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 1').pluck().get(k.parent) as string);
      const n = db
        .prepare(`DELETE FROM "${k.table}" WHERE "${k.child}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${k.parent}" p WHERE p."${parentCol}" = "${k.table}"."${k.child}")`)
        .run().changes;
      if (n === 0) continue;
      dropped += n;
      const t = tables.find((x) => x.table === k.table);
      if (t) {
        t.orphansDropped += n;
        t.copied -= n;
      }
    }
    if (dropped === 0) return;
  }
}
