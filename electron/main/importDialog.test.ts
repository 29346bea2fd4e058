import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chosenImportFile, importDialogOptions } from './importDialog';

// The import's open dialog (desktop only): what the renderer may ask for and what comes back.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-import-dialog-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const isDir = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();

describe('importDialogOptions', () => {
  it('opens one file, filtered to the formats the import reads, in the folder of the last file', () => {
    const last = path.join(dir, 'list.xlsx');
    expect(importDialogOptions(last, '选择要导入的文件', isDir)).toEqual({
      title: '选择要导入的文件',
      defaultPath: dir,
      properties: ['openFile'],
      filters: [{ name: 'Excel, OpenDocument, CSV', extensions: ['xlsx', 'xls', 'ods', 'csv'] }],
    });
    expect(importDialogOptions(dir, 'x', isDir).defaultPath).toBe(dir);
  });

  it.each([
    ['no start', null],
    ['a relative path', 'lists/a.xlsx'],
    ['a folder that is gone', path.join(dir, 'gone', 'a.xlsx')],
    ['a NUL in the path', `${dir}/a\0.xlsx`],
    ['not a string', { toString: () => dir }],
  ])('starts where the system likes with %s', (_name, startAt) => {
    expect(importDialogOptions(startAt, 'Choose', isDir).defaultPath).toBeUndefined();
  });

  it('falls back to an English title for anything but a short string', () => {
    expect(importDialogOptions(null, 42, isDir).title).toBe('Choose a file to import');
    expect(importDialogOptions(null, '  ', isDir).title).toBe('Choose a file to import');
    expect(importDialogOptions(null, 'x'.repeat(201), isDir).title).toBe('Choose a file to import');
  });
});

describe('chosenImportFile', () => {
  it('gives the chosen spreadsheet, or null when cancelled or of another kind', () => {
    expect(chosenImportFile([path.join(dir, 'A.XLSX')], false)).toBe(path.join(dir, 'A.XLSX'));
    expect(chosenImportFile([path.join(dir, 'a.csv')], false)).toBe(path.join(dir, 'a.csv'));
    expect(chosenImportFile([path.join(dir, 'a.csv')], true)).toBeNull();
    expect(chosenImportFile([], false)).toBeNull();
    expect(chosenImportFile([path.join(dir, 'a.pdf')], false)).toBeNull();
    expect(chosenImportFile(['a.xlsx'], false)).toBeNull();
  });
});
