// A small incremental XML tag scanner for the parts of an .xlsx: the text arrives in chunks
// (decoded from the inflating stream) and is cut into start tags, end tags and the text between
// them, with namespace prefixes dropped ("x:c" is "c"). No entity is ever expanded beyond the
// five predefined ones and character references, and a DOCTYPE is refused, so no crafted file
// can make it expand anything. It is far faster than a general SAX parser because the handler
// decides when text is wanted at all (only inside <v> and <t>).

export class XmlUnsupported extends Error {}

export interface TagHandler {
  /**
   * A start tag; its attributes are `s` from `from` to `to` (read them with attr(): not sliced
   * out here, which would allocate a string per tag).
   */
  open(name: string, s: string, from: number, to: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (still escaped) between tags, only while `capturing` is true. */
  text(raw: string): void;
  capturing: boolean;
  /** Set by the handler to stop scanning (the rest of the part is not needed). */
  done: boolean;
  /**
   * Offered each start tag before open(): the handler may take the element whole from `s` (a
   * cell written the usual way) and answer where scanning goes on, or answer -1 to leave it to
   * open(), close() and text() — having changed nothing those will not set again.
   */
  element?(name: string, s: string, from: number, to: number, selfClosing: boolean): number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCode(code: number): string {
  return code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
}

/** The five predefined entities and character references; anything else stays as written. */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (m, e: string) =>
    e.charCodeAt(0) === 35 ? fromCode(e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (NAMED[e] ?? m),
  );
}

/** Excel's own escape for characters XML cannot hold ("_x000D_" is a carriage return). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => fromCode(parseInt(h, 16)));
}

/** The value of attribute `name` in `tag` between `from` and `to` (names compared without prefix), or null. */
export function attr(tag: string, name: string, from = 0, to = tag.length): string | null {
  let i = from;
  const n = to;
  while (i < n) {
    // whitespace
    while (i < n && tag.charCodeAt(i) <= 32) i++;
    let nameStart = i;
    while (i < n) {
      const c = tag.charCodeAt(i);
      if (c === 61 /* = */ || c <= 32) break;
      // Compared without its namespace prefix ("r:id" is "id").
      if (c === 58 /* : */) nameStart = i + 1;
      i++;
    }
    const nameEnd = i;
    while (i < n && tag.charCodeAt(i) <= 32) i++;
    if (tag.charCodeAt(i) !== 61) return null;
    i++;
    while (i < n && tag.charCodeAt(i) <= 32) i++;
    const q = tag.charCodeAt(i);
    if (q !== 34 && q !== 39) return null;
    const end = tag.indexOf(q === 34 ? '"' : "'", i + 1);
    if (end < 0 || end >= n) return null;
    if (nameEnd - nameStart === name.length && tag.startsWith(name, nameStart)) return unescapeXml(tag.slice(i + 1, end));
    i = end + 1;
  }
  return null;
}

/** Where the '>' that ends the tag opened at `lt` is: skipping any inside quoted values. */
function tagEnd(s: string, lt: number): number {
  let gt = s.indexOf('>', lt);
  while (gt >= 0) {
    // Quotes before gt balanced? (A '>' may appear unescaped inside an attribute value.)
    let open = 0;
    for (let i = lt; i < gt; i++) {
      const c = s.charCodeAt(i);
      if (open === 0) {
        if (c === 34 || c === 39) open = c;
      } else if (c === open) open = 0;
    }
    if (open === 0) return gt;
    gt = s.indexOf('>', gt + 1);
  }
  return -1;
}

export class TagScanner {
  private carry = '';

  constructor(private readonly h: TagHandler) {}

  /** Scans the text received so far; an incomplete tag at the end waits for the next chunk. */
  push(chunk: string): void {
    const s = this.carry ? this.carry + chunk : chunk;
    this.carry = '';
    const h = this.h;
    const n = s.length;
    let i = 0;
    while (i < n && !h.done) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (h.capturing) h.text(s.slice(i));
        return;
      }
      if (lt > i && h.capturing) h.text(s.slice(i, lt));
      const c1 = s.charCodeAt(lt + 1);
      if (c1 !== c1) {
        this.carry = s.slice(lt);
        return;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) return void (this.carry = s.slice(lt));
          i = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) return void (this.carry = s.slice(lt));
          // CDATA is literal text: escape what unescapeXml would otherwise read as entities.
          if (h.capturing) h.text(s.slice(lt + 9, end).replace(/&/g, '&amp;'));
          i = end + 3;
        } else if (lt + 9 > n) {
          return void (this.carry = s.slice(lt));
        } else {
          throw new XmlUnsupported('DOCTYPE or declaration');
        }
        continue;
      }
      if (c1 === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) return void (this.carry = s.slice(lt));
        i = end + 2;
        continue;
      }
      const gt = tagEnd(s, lt);
      if (gt < 0) return void (this.carry = s.slice(lt));
      const closing = c1 === 47; /* / */
      let p = closing ? lt + 2 : lt + 1;
      const nameStart = p;
      let colon = -1;
      while (p < gt) {
        const c = s.charCodeAt(p);
        if (c <= 32 || c === 47 || c === 62) break;
        if (c === 58) colon = p;
        p++;
      }
      const name = s.slice(colon >= 0 ? colon + 1 : nameStart, p);
      if (closing) h.close(name);
      else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        if (h.element) {
          const next = h.element(name, s, p, selfClosing ? gt - 1 : gt, selfClosing);
          if (next >= 0) {
            i = next;
            continue;
          }
        }
        h.open(name, s, p, selfClosing ? gt - 1 : gt, selfClosing);
        if (selfClosing) h.close(name);
      }
      i = gt + 1;
    }
  }

  /** The end of the part: a tag left open is a damaged part. */
  end(): void {
    if (this.carry.trim() && !this.h.done) throw new XmlUnsupported('unterminated tag');
  }
}

/** Feeds a stream of UTF-8 chunks through a scanner, stopping early once the handler is done. */
export async function scanChunks(chunks: AsyncIterable<Buffer>, h: TagHandler): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  const scanner = new TagScanner(h);
  for await (const c of chunks) {
    scanner.push(decoder.decode(c, { stream: true }));
    if (h.done) return;
  }
  scanner.push(decoder.decode());
  scanner.end();
}
