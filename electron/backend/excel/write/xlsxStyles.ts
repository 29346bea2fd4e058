/**
 * The cell styles of a written workbook (xl/styles.xml): each distinct look gets one cellXfs
 * index, registered as sheets are written and serialised at the end. Looks are few (a base —
 * plain, header, title, section, label, note —, a number format, optionally a fill), so lookups go
 * through a string key.
 */

export type StyleBase = 'plain' | 'header' | 'title' | 'section' | 'label' | 'note';

export const HEADER_FILL = 'FFDCE6F1';
const HEADER_BORDER = 'FF8EA9C8';

/** Fonts are named: a font without a name falls back to a serif face in LibreOffice. */
const FONTS = [
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font>',
  '<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
];
/** note: a line explaining the figures around it (grey italics). */
const FONT_OF: Record<StyleBase, number> = { plain: 0, header: 1, label: 1, title: 2, section: 3, note: 4 };

export class XlsxStyles {
  /** Fills 0 and 1 are the two Excel requires (none, gray125). */
  private readonly fills: string[] = ['FFnone', 'FFgray125'];
  private readonly numFmts = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byKey = new Map<string, number>([['plain||', 0]]);

  /** The cellXfs index for a look (registered on first use). */
  get(base: StyleBase, numFmt?: string, fill?: string): number {
    const key = `${base}|${numFmt ?? ''}|${fill ?? ''}`;
    let id = this.byKey.get(key);
    if (id !== undefined) return id;
    const fmtId = this.numFmtId(numFmt);
    const fillId = base === 'header' ? this.fillId(HEADER_FILL) : fill ? this.fillId(fill) : 0;
    const border = base === 'header' ? 1 : 0;
    let attrs = `numFmtId="${fmtId}" fontId="${FONT_OF[base]}" fillId="${fillId}" borderId="${border}" xfId="0"`;
    if (fmtId) attrs += ' applyNumberFormat="1"';
    if (FONT_OF[base]) attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (border) attrs += ' applyBorder="1"';
    // A header is centred vertically (its row is taller); a filled cell is a badge (the tier): centred.
    const align = base === 'header' ? '<alignment vertical="center"/>' : fill ? '<alignment horizontal="center"/>' : '';
    id = this.xfs.length;
    this.xfs.push(align ? `<xf ${attrs} applyAlignment="1">${align}</xf>` : `<xf ${attrs}/>`);
    this.byKey.set(key, id);
    return id;
  }

  private numFmtId(code: string | undefined): number {
    if (!code || code === 'General') return 0;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size; // the first id free for custom formats
      this.numFmts.set(code, id);
    }
    return id;
  }

  private fillId(argb: string): number {
    const at = this.fills.indexOf(argb);
    if (at >= 0) return at;
    this.fills.push(argb);
    return this.fills.length - 1;
  }

  /** xl/styles.xml. */
  xml(): string {
    const fmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    const fills = this.fills.map((f, i) =>
      i === 0 ? '<fill><patternFill patternType="none"/></fill>'
      : i === 1 ? '<fill><patternFill patternType="gray125"/></fill>'
      : `<fill><patternFill patternType="solid"><fgColor rgb="${f}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
      `<fonts count="${FONTS.length}">${FONTS.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      `<border><left/><right/><top/><bottom style="thin"><color rgb="${HEADER_BORDER}"/></bottom><diagonal/></border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

/** Text for an XML attribute value. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}
