// What a file is, from its first bytes — never from its name: a renamed PDF must not reach
// the workbook parser as "xlsx", and a .xls that is really a CSV must still be read.

import { hasZeroBytes } from './decodeText';

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  | { kind: 'text' }
  | { kind: 'markup' }
  | { kind: 'other'; what: string };

const SIGNATURES: [string, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['exe', [0x4d, 0x5a]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

function startsWith(head: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => head[i] === b);
}

export function sniffFormat(head: Uint8Array): Sniffed {
  // Zip: .xlsx and .ods (also an empty or spanned archive's markers).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  // Compound file: .xls, and an .xlsx encrypted with a password (EncryptionInfo + EncryptedPackage).
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'cfb' };
  for (const [what, sig] of SIGNATURES) if (startsWith(head, sig)) return { kind: 'other', what };
  // Text. UTF-16 (with or without BOM) has zero bytes, so it is checked before binary.
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  let zerosOdd = 0;
  let zerosEven = 0;
  for (let i = 0; i + 1 < Math.min(head.length, 4096); i += 2) {
    if (head[i] === 0) zerosEven++;
    if (head[i + 1] === 0) zerosOdd++;
  }
  const utf16 = bom16 || (zerosOdd > 0 && zerosEven === 0) || (zerosEven > 0 && zerosOdd === 0);
  if (!utf16 && hasZeroBytes(head)) return { kind: 'other', what: 'binary' };
  // An HTML table or SpreadsheetML 2003 saved as ".xls" (many web systems export those).
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (!utf16 && start.startsWith('<')) {
    return /<table|<html|urn:schemas-microsoft-com:office:spreadsheet|<\?xml[^>]*>\s*<\?mso-application/.test(start) || /<html|<table|<workbook/.test(start)
      ? { kind: 'markup' }
      : { kind: 'other', what: 'markup' };
  }
  return { kind: 'text' };
}
