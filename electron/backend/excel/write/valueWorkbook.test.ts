import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { tempBackend, tempDir } from '../../../../test/helpers/tempBackend';
import type { JobInfo } from '../../../../shared/api/jobs';
import type { ValueRow } from '../../../../shared/api/valuation';
import { generateDemo } from '../../demo/generateDemo';
import { currentExhibitionId } from '../../exhibitions/exhibitionService';
import { suggestPath } from '../../exports/suggestPath';
import { readBack } from './readBack';
import { customerColumns } from './valueCustomers';
import { writeValueWorkbook } from './valueWorkbook';
import { WORKBOOK_LABELS } from './workbookLabels';

// The value-assessment workbook on a generated demo (real migrations, real assessment), read
// back with SheetJS: sheets, headers, every figure with its type, formats, frozen panes and
// autofilters in the XML, hostile names as plain text, filters, the job and its errors.

const NOW = '2026-11-22T09:00:00.000Z';
const HOSTILE = ["=cmd|' /C calc'!A0", '+1', '-1+1', '@SUM(1)', '\t=1', '\r=1'];

let t: ReturnType<typeof tempBackend>;
let x: string;
let out: string;
beforeAll(() => {
  t = tempBackend();
  const db = t.db();
  generateDemo(db, { customers: 150, seed: 3, now: NOW, assess: true });
  x = currentExhibitionId(db)!;
  out = tempDir('excrm-wb-');
  // Hostile names, written after the assessment: the workbook reads names at export time.
  const ids = db
    .prepare('SELECT c.id FROM relationships r JOIN customers c ON c.id = r.customer_id WHERE r.exhibition_id = ? ORDER BY c.num LIMIT ?')
    .pluck()
    .all(x, HOSTILE.length) as string[];
  ids.forEach((id, i) => db.prepare('UPDATE customers SET company_name = ? WHERE id = ?').run(HOSTILE[i], id));
}, 120_000);
afterAll(() => {
  t.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

async function allValueRows(): Promise<ValueRow[]> {
  const rows: ValueRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await t.call('valuation.table', { exhibitionId: x, offset, limit: 500 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

describe('value-assessment workbook', () => {
  it('round-trips every relationship and figure with its type (English)', async () => {
    const file = path.join(out, 'value-en.xlsx');
    const r = await writeValueWorkbook(t.db(), { exhibitionId: x, lang: 'en', path: file, now: NOW });
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const book = readBack(file);
    expect(book.sheetNames).toEqual(['Summary', 'Customers', 'Stage history', 'Participations', 'Interactions']);

    const L = WORKBOOK_LABELS.en;
    const cols = customerColumns(L);
    const rows = book.rows('Customers');
    expect(rows[0]).toEqual(cols.map((c) => c.header));
    const expected = await allValueRows();
    expect(r.rows.customers).toBe(expected.length);
    expect(rows.length - 1).toBe(expected.length);

    // Same relationships, same order as the value table's default (score, highest first).
    const at = (h: string) => cols.findIndex((c) => c.header === h);
    const ws = book.sheet('Customers');
    const col = (h: string) => XLSX.utils.encode_col(at(h));
    expected.forEach((v, i) => {
      const row = rows[i + 1]!;
      expect(row[at('Company')]).toBe(v.companyName);
      expect(row[at('Economic value')]).toBe(v.economic);
      expect(row[at('Profitability')]).toBe(v.profit);
      expect(row[at('Discount')]).toBe(v.discount);
      expect(row[at('Rebooking probability')]).toBeCloseTo(v.probability, 12);
      expect(row[at('Value score')]).toBeCloseTo(v.score, 12);
      expect(row[at('Tier')]).toBe(v.tier);
      expect(row[at('Quadrant')]).toBe(L.quadrant[v.quadrant]);
      expect(row[at('Stage')]).toBe(L.stage[v.stage]);
      expect(row[at('Retention')] ?? null).toBe(v.retention);
      expect(row[at('Satisfaction')] ?? null).toBe(v.satisfaction);
      const follow = row[at('Next follow-up')];
      expect(follow instanceof Date ? follow.toISOString().slice(0, 10) : (follow ?? null)).toBe(v.nextFollowUp);
    });
    // Types and formats of the first data row.
    const c = (h: string) => ws[`${col(h)}2`];
    expect(c('Company').t).toBe('s');
    // Money in the workspace's currency, as the app shows it; still a number.
    expect(c('Economic value')).toMatchObject({ t: 'n', z: '"CN¥"#,##0.00' });
    expect(c('Rebooking probability')).toMatchObject({ t: 'n', z: '0.0%' });
    expect(c('Value score')).toMatchObject({ t: 'n', z: '0.0' });
    expect(c('Days in stage').t).toBe('n');
    expect(c('In stage since').t).toBe('d');

    // Hostile names: text exactly as stored, never a formula, in every sheet.
    const names = rows.slice(1).map((row) => row[0]);
    for (const h of HOSTILE) expect(names).toContain(h);
    for (let i = 1; i <= 5; i++) {
      const xml = book.part(`xl/worksheets/sheet${i}.xml`);
      expect(xml).not.toContain('<f>');
      if (i > 1) {
        expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
        expect(xml).toMatch(/<pane [^>]*xSplit="1"/);
        // The filter spans the table, header to last row.
        const rowsOf = book.rows(book.sheetNames[i - 1]!).length;
        expect(xml).toMatch(new RegExp(`<autoFilter ref="A1:[A-Z]+${rowsOf}"/>`));
      }
    }
    // Tier colours are fills in the styles.
    expect(book.part('xl/styles.xml')).toContain('FF96F2D7');

    // History sheets: every stage move, participation of the exhibition, window interactions.
    const db = t.db();
    const moves = db.prepare('SELECT count(*) FROM stage_transitions t JOIN customers c ON c.id = t.customer_id WHERE t.exhibition_id = ? AND c.deleted_at IS NULL').pluck().get(x) as number;
    expect(r.rows.stageHistory).toBe(moves);
    expect(book.rows('Stage history').length - 1).toBe(moves);
    // Signals in words, not their codes.
    const history = book.rows('Stage history');
    const signalAt = history[0]!.indexOf('Signal');
    const signals = new Set(history.slice(1).map((row) => row[signalAt]).filter((s) => s !== null));
    expect(signals.size).toBeGreaterThan(0);
    for (const s of signals) expect(Object.values(WORKBOOK_LABELS.en.signal)).toContain(s);
    const parts = db
      .prepare('SELECT count(*) FROM participations p JOIN editions e ON e.id = p.edition_id JOIN customers c ON c.id = p.customer_id WHERE e.exhibition_id = ? AND c.deleted_at IS NULL')
      .pluck()
      .get(x) as number;
    expect(r.rows.participations).toBe(parts);
    const p = book.sheet('Participations');
    expect(p['C2'].t).toBe('d');
    expect(r.rows.interactions).toBeGreaterThan(0);
    expect(book.sheet('Interactions')['B2'].t).toBe('d');
    // Only interactions about this exhibition's editions (or none), as the assessment counts their
    // costs; the demo's customers also have interactions about the other exhibition's.
    const ownEditions = new Set(db.prepare('SELECT name FROM editions WHERE exhibition_id = ?').pluck().all(x));
    const others = db.prepare('SELECT count(*) FROM interactions i JOIN editions e ON e.id = i.edition_id WHERE e.exhibition_id <> ?').pluck().get(x) as number;
    expect(others).toBeGreaterThan(0);
    const inter = book.rows('Interactions');
    const editionAt = inter[0]!.indexOf('Edition');
    const named = inter.slice(1).map((row) => row[editionAt]).filter((e) => e !== null);
    expect(named.length).toBeGreaterThan(0);
    for (const e of named) expect(ownEditions).toContain(e);
    // Those about no edition stay (the assessment shares their costs between exhibitions).
    expect(inter.slice(1).filter((row) => row[editionAt] === null).length).toBeGreaterThan(0);

    // Summary: exhibition, tier totals as stored.
    const summary = book.rows('Summary');
    const name = db.prepare('SELECT name FROM exhibitions WHERE id = ?').pluck().get(x);
    expect(summary.map((row) => row.slice(0, 2))).toContainEqual(['Exhibition', name]);
    expect(summary.map((row) => row.slice(0, 2))).toContainEqual(['Money in', 'CNY']);
    const stored = (await t.call('valuation.summary', { exhibitionId: x }))!.summary;
    const tierRow = summary.find((row) => row[0] === 'A' && typeof row[1] === 'number');
    expect(tierRow?.slice(0, 4)).toEqual(['A', stored.byTier.A.count, stored.byTier.A.revenue, stored.byTier.A.profit]);
  }, 60_000);

  it('writes Chinese sheet names, headers and values, and filters like the value table', async () => {
    const file = path.join(out, 'value-zh.xlsx');
    const r = await writeValueWorkbook(t.db(), { exhibitionId: x, lang: 'zh', path: file, now: NOW, filters: { tiers: ['A', 'B'] } });
    const book = readBack(file);
    expect(book.sheetNames).toEqual(['摘要', '客户', '阶段历史', '参展记录', '互动记录']);
    const rows = book.rows('客户');
    expect(rows[0]!.slice(0, 3)).toEqual(['公司名称', '类型', '行业']);
    const tierAt = rows[0]!.indexOf('等级');
    const stageAt = rows[0]!.indexOf('阶段');
    expect(new Set(rows.slice(1).map((row) => row[tierAt]))).toEqual(new Set(['A', 'B']));
    for (const row of rows.slice(1)) expect(['培育', '确认', '信任', '弱化', '消失']).toContain(row[stageAt]);
    const filtered = await t.call('valuation.table', { exhibitionId: x, tiers: ['A', 'B'], limit: 1 });
    expect(r.rows.customers).toBe(filtered.total);
    // The summary says what was filtered and how many rows the workbook holds.
    const summary = book.rows('摘要');
    expect(summary.map((row) => row.slice(0, 2))).toContainEqual(['本工作簿中的客户关系', filtered.total]);
    expect(summary.find((row) => row[0] === '筛选条件')?.[1]).toBe('等级: A, B');
    expect(summary.find((row) => row[0] === '金额币种')?.[1]).toBe('CNY');
    // What the filter does not narrow says so.
    expect(summary.map((row) => row[0])).toContain('各届 NPS（全部客户，不限于筛选结果）');
  }, 60_000);

  it('runs as a job through the API, and refuses bad paths and unassessed exhibitions', async () => {
    const file = path.join(out, 'job.xlsx');
    const job = await t.call('exports.valueWorkbook', { exhibitionId: x, lang: 'en', path: file, stages: ['trust'] });
    const done: JobInfo = await t.backend.jobs.wait(job.id);
    expect(done.status).toBe('done');
    expect(done.result).toMatchObject({ path: file });
    expect(readBack(file).sheetNames[0]).toBe('Summary');

    const bad = await t.raw('exports.valueWorkbook', { exhibitionId: x, lang: 'zh', path: path.join(out, 'x.csv') }, 'zh');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields).toEqual({ path: '文件名必须以 .xlsx 结尾。' });
    const missing = await t.raw('exports.valueWorkbook', { exhibitionId: x, lang: 'en', path: path.join(out, 'nope', 'x.xlsx') });
    if (!missing.ok) expect(missing.error.fields).toEqual({ path: 'This folder does not exist (any more). Choose another one.' });
    expect(missing.ok).toBe(false);
    // A folder where the file should go: said on the path at once, not by a failed job at the end.
    fs.mkdirSync(path.join(out, 'folder.xlsx'));
    const folder = await t.raw('exports.valueWorkbook', { exhibitionId: x, lang: 'en', path: path.join(out, 'folder.xlsx') });
    expect(folder.ok).toBe(false);
    if (!folder.ok) expect(folder.error.fields).toEqual({ path: 'This is a folder. Add a file name to the path.' });

    const { id } = await t.call('exhibitions.create', { name: 'Never assessed' });
    const none = await t.raw('exports.valueWorkbook', { exhibitionId: id, lang: 'en', path: path.join(out, 'n.xlsx') });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.fields).toEqual({ exhibitionId: 'This exhibition has not been assessed yet: assess it first, then export.' });
  }, 60_000);

  it('leaves no file when cancelled', async () => {
    const file = path.join(out, 'cancelled.xlsx');
    await expect(writeValueWorkbook(t.db(), { exhibitionId: x, lang: 'en', path: file, now: NOW, cancelled: () => true })).rejects.toThrow('cancelled');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  }, 60_000);
});

describe('suggestPath', () => {
  it('proposes a dated name in Documents, never an existing file', () => {
    const home = tempDir('excrm-home-');
    fs.mkdirSync(path.join(home, 'Documents'));
    const a = suggestPath({ kind: 'valueWorkbook', ext: 'xlsx', lang: 'en', label: 'Asia: Lighting/Expo', now: NOW, workspaceFile: null, home });
    expect(a.fileName).toBe('Customer value – Asia Lighting Expo 2026-11-22.xlsx');
    expect(a.directory).toBe(path.join(home, 'Documents'));
    fs.writeFileSync(a.path, '');
    const b = suggestPath({ kind: 'valueWorkbook', ext: 'xlsx', lang: 'en', label: 'Asia: Lighting/Expo', now: NOW, workspaceFile: null, home });
    expect(b.fileName).toBe('Customer value – Asia Lighting Expo 2026-11-22 (2).xlsx');
    const zh = suggestPath({ kind: 'customers', ext: 'csv', lang: 'zh', label: null, now: NOW, workspaceFile: '/w/x.sqlite', home: path.join(home, 'none') });
    expect(zh.path).toBe('/w/客户 2026-11-22.csv');
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('takes a long label (an exhibition and edition, 200 characters each) and cuts the name', async () => {
    const label = `${'Asia Lighting Expo '.repeat(10).trim()} · ${'2026 Spring Edition '.repeat(10).trim()}`;
    expect(label.length).toBeGreaterThan(300);
    const r = await t.call('exports.suggestPath', { kind: 'participants', ext: 'xlsx', label });
    expect(r.fileName.startsWith('Participants – Asia Lighting Expo')).toBe(true);
    expect(r.fileName.length).toBeLessThanOrEqual(150 + '.xlsx'.length);
  });
});
