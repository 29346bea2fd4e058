// Zip workbooks (.xlsx, .ods): .xlsx streams through our own reader (xlsxStreamReader.ts) and
// falls back to SheetJS for what the streaming reader cannot handle; .ods is SheetJS's.

import fs from 'node:fs';
import { readWithSheetjs } from './sheetjsReader';
import type { HandOver, ParseRequest, SpreadsheetContent } from './spreadsheetTypes';
import { readXlsxStreaming, StreamingUnsupported } from './xlsxStreamReader';

export async function readXlsx(req: ParseRequest, hand: HandOver | null = null): Promise<SpreadsheetContent> {
  // (.ods has no workbook part: the streaming reader gives up and SheetJS reads it.)
  if (req.streaming) {
    try {
      return await readXlsxStreaming(req, hand);
    } catch (e) {
      if (!(e instanceof StreamingUnsupported)) throw e;
      // SheetJS answers with every row: the ones handed over so far are forgotten.
      if (hand) {
        hand.send({ reset: true });
        hand.sent = 0;
      }
    }
  }
  return readWithSheetjs(fs.readFileSync(req.file), 'zip', req);
}
