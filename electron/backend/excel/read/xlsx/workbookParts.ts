// The small parts of an .xlsx that say where the sheets are and how numbers are shown: the
// package relationships, the workbook (sheet names, order, 1904 dates), its relationships, the
// styles (number format per cell style) and the shared strings table (streamed: it can be
// tens of MB).

import { entryChunks, entryText, ZipUnsupported, type ZipEntry } from './zipEntries';
import { attr, decodeExcelEscapes, scanChunks, TagScanner, unescapeXml, type TagHandler } from './xmlScan';

const SMALL_PART_BYTES = 32 * 1024 * 1024;

export interface WorkbookLayout {
  /** In the workbook's order; `hidden` as Excel's state says (hidden or veryHidden). */
  sheets: { name: string; part: string; hidden: boolean }[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** Collects the start tags named in `names` of a small part, with their attribute text. */
function startTags(xml: string, names: Set<string>): { name: string; tag: string; inside: string[] }[] {
  const found: { name: string; tag: string; inside: string[] }[] = [];
  const stack: string[] = [];
  const h: TagHandler = {
    capturing: false,
    done: false,
    open(name, s, from, to) {
      if (names.has(name)) found.push({ name, tag: s.slice(from, to), inside: [...stack] });
      stack.push(name);
    },
    close() {
      stack.pop();
    },
    text() {},
  };
  const s = new TagScanner(h);
  s.push(xml);
  s.end();
  return found;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" (also "/xl/…" and "../"). */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

async function relationships(fd: number, entries: Map<string, ZipEntry>, part: string): Promise<{ id: string; type: string; target: string }[]> {
  const e = entries.get(relsPath(part));
  if (!e) return [];
  return startTags(await entryText(fd, e, SMALL_PART_BYTES), new Set(['Relationship'])).map(({ tag }) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: resolvePart(part, attr(tag, 'Target') ?? ''),
  }));
}

const isType = (type: string, what: string) => type.endsWith(`/${what}`);

export async function workbookLayout(fd: number, entries: Map<string, ZipEntry>): Promise<WorkbookLayout> {
  const root = await relationships(fd, entries, '');
  const workbook = root.find((r) => isType(r.type, 'officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbEntry = entries.get(workbook);
  // .ods, .xlsb and other zips: not ours to read.
  if (!wbEntry || !workbook.endsWith('.xml')) throw new ZipUnsupported('no workbook part');
  const tags = startTags(await entryText(fd, wbEntry, SMALL_PART_BYTES), new Set(['sheet', 'workbookPr']));
  const rels = await relationships(fd, entries, workbook);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = tags
    .filter((t) => t.name === 'sheet')
    .map(({ tag }) => {
      const rel = byId.get(attr(tag, 'id') ?? '');
      const name = attr(tag, 'name');
      // A chart sheet or a sheet whose part is missing: SheetJS knows what to do with it.
      if (name === null || !rel || !isType(rel.type, 'worksheet') || !entries.has(rel.target)) throw new ZipUnsupported('a sheet without its part');
      const state = attr(tag, 'state');
      return { name, part: rel.target, hidden: state === 'hidden' || state === 'veryHidden' };
    });
  if (sheets.length === 0) throw new ZipUnsupported('no sheets');
  const pr = tags.find((t) => t.name === 'workbookPr');
  const d1904 = pr ? attr(pr.tag, 'date1904') : null;
  const part = (what: string) => {
    const r = rels.find((x) => isType(x.type, what));
    return r && entries.has(r.target) ? r.target : null;
  };
  return { sheets, date1904: d1904 === '1' || d1904 === 'true', sharedStrings: part('sharedStrings'), styles: part('styles') };
}

/** Number format code per cell style index (cellXfs), with the built-in formats resolved. */
export async function numberFormats(fd: number, entry: ZipEntry, builtIn: Record<number, string>): Promise<(string | undefined)[]> {
  const tags = startTags(await entryText(fd, entry, SMALL_PART_BYTES), new Set(['numFmt', 'xf']));
  const custom = new Map<number, string>();
  for (const t of tags) if (t.name === 'numFmt') custom.set(Number(attr(t.tag, 'numFmtId')), attr(t.tag, 'formatCode') ?? '');
  return tags
    .filter((t) => t.name === 'xf' && t.inside[t.inside.length - 1] === 'cellXfs')
    .map((t) => {
      const id = Number(attr(t.tag, 'numFmtId') ?? 0);
      return custom.get(id) ?? builtIn[id];
    });
}

/** The shared strings, in order: every <si>'s text runs joined (phonetic runs left out). */
export async function sharedStrings(fd: number, entry: ZipEntry): Promise<string[]> {
  const out: string[] = [];
  let parts: string[] = [];
  let inT = false;
  let phonetic = 0;
  const h: TagHandler = {
    capturing: false,
    done: false,
    open(name) {
      if (name === 'si') parts = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) this.capturing = inT = true;
    },
    close(name) {
      if (name === 't') this.capturing = inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') out.push(decodeExcelEscapes(unescapeXml(parts.join(''))));
    },
    text(raw) {
      if (inT) parts.push(raw);
    },
  };
  await scanChunks(entryChunks(fd, entry), h);
  return out;
}
