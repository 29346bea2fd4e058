// Which encoding a text file (CSV) was saved in, and its text. Excel and WPS save CSV as UTF-8
// (with a BOM, "CSV UTF-8"), as the system's ANSI code page (GBK/GB18030 on Chinese Windows),
// or as "Unicode text" (UTF-16 LE with BOM); some tools write UTF-16 without a BOM.

import type { SpreadsheetWarning } from './spreadsheetTypes';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  warnings: SpreadsheetWarning[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a BOM: text with ASCII delimiters and digits has a zero byte in every other
 * position — the odd ones for little-endian, the even ones for big-endian.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65_536) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Whether the bytes hold zero bytes, as binary files (and UTF-16, checked first) do. */
export function hasZeroBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65_536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Order: a BOM decides (UTF-8, UTF-16 LE/BE); then UTF-16 without BOM by its zero bytes; then
 * UTF-8 when every byte sequence is valid UTF-8; otherwise GB18030 (a superset of GBK and
 * GB2312, which Chinese Windows uses for "ANSI").
 *
 * Mixed encodings (lines appended by different programs: some UTF-8, some GBK) are read best
 * effort, line by line — a line that is valid UTF-8 is UTF-8, any other line GB18030 — and
 * reported with the warning 'mixedEncoding', so the user checks the preview. Decoding the whole
 * file as GB18030 would silently turn its UTF-8 lines into nonsense Chinese; refusing it would
 * leave the user with a file that Excel itself opens without complaint.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warnings: [] };
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };

  const gb = new TextDecoder('gb18030');
  const lines: string[] = [];
  let utf8Lines = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    // Only lines with non-ASCII bytes tell an encoding apart; ASCII is the same in both.
    let ascii = true;
    for (let i = 0; i < line.length && ascii; i++) if (line[i]! >= 0x80) ascii = false;
    if (!ascii && isUtf8(line)) {
      utf8Lines++;
      lines.push(new TextDecoder('utf-8').decode(line));
    } else {
      lines.push(gb.decode(line));
    }
    start = end + 1;
  }
  return { text: lines.join('\n'), encoding: 'gb18030', warnings: utf8Lines > 0 ? ['mixedEncoding'] : [] };
}
