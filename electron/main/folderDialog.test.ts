import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chosenFolder, folderDialogOptions } from './folderDialog';

// The backup folder's picker (desktop only): what the renderer may ask for and what comes back.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-folder-dialog-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const isDir = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();

describe('folderDialogOptions', () => {
  it('picks a folder (one can be made), starting in the folder chosen now', () => {
    expect(folderDialogOptions(dir, '选择备份文件夹', isDir)).toEqual({
      title: '选择备份文件夹',
      defaultPath: dir,
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it.each([
    ['no start', null],
    ['a relative path', 'backups'],
    ['a folder that is gone', path.join(dir, 'gone', 'deeper')],
    ['a NUL in the path', `${dir}/a\0`],
  ])('starts where the system likes with %s', (_name, startAt) => {
    expect(folderDialogOptions(startAt, 'Choose', isDir).defaultPath).toBeUndefined();
  });

  it('falls back to an English title for anything but a short string', () => {
    expect(folderDialogOptions(null, 42, isDir).title).toBe('Choose a folder');
    expect(folderDialogOptions(null, 'x'.repeat(201), isDir).title).toBe('Choose a folder');
  });
});

describe('chosenFolder', () => {
  it('keeps an absolute path, normalised; nothing when cancelled or not absolute', () => {
    expect(chosenFolder([`${dir}/stick/../stick`], false)).toBe(path.join(dir, 'stick'));
    expect(chosenFolder([dir], true)).toBeNull();
    expect(chosenFolder([], false)).toBeNull();
    expect(chosenFolder(['relative/dir'], false)).toBeNull();
  });
});
