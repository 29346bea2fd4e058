// Zip workbooks (.xlsx, .ods): .xlsx streams through ExcelJS (faster, half the memory) and
// falls back to SheetJS for what the streaming reader cannot handle; .ods is SheetJS's.

import fs from 'node:fs';
import { readWithExcelJs, StreamingUnsupported } from './exceljsReader';
import { readWithSheetjs } from './sheetjsReader';
import type { ParseRequest, SpreadsheetContent } from './spreadsheetTypes';

export async function readXlsx(req: ParseRequest): Promise<SpreadsheetContent> {
  // (.ods has no xl/ parts: ExcelJS finds no sheet and SheetJS reads it.)
  if (req.streaming) {
    try {
      return await readWithExcelJs(req);
    } catch (e) {
      if (!(e instanceof StreamingUnsupported)) throw e;
    }
  }
  return readWithSheetjs(fs.readFileSync(req.file), 'zip', req);
}
