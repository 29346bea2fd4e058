import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat, ExportKind, SuggestedPath } from '../../../shared/api/exports';

// The save dialog's proposal: "<what> [– <label>] <date>.<ext>" in the user's Documents folder
// (else beside the workspace, else the home folder), never an existing file's name.

const NAMES: Record<'en' | 'zh', Record<ExportKind, string>> = {
  en: {
    valueWorkbook: 'Customer value',
    customers: 'Customers',
    valueTable: 'Value table',
    participants: 'Participants',
    segment: 'Segment',
    tasks: 'Tasks',
    rejected: 'Rejected rows',
  },
  zh: {
    valueWorkbook: '客户价值评估',
    customers: '客户',
    valueTable: '价值表',
    participants: '参展名单',
    segment: '细分',
    tasks: '任务',
    rejected: '未导入的行',
  },
};

/** Characters no file system (Windows the strictest) accepts in a name, and control characters. */
export function safeFileName(name: string): string {
  return name
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 150);
}

export function suggestPath(opts: {
  kind: ExportKind;
  ext: ExportFormat;
  lang: 'en' | 'zh';
  label: string | null;
  now: string;
  workspaceFile: string | null;
  home?: string;
}): SuggestedPath {
  const home = opts.home ?? os.homedir();
  const documents = path.join(home, 'Documents');
  const directory = fs.existsSync(documents) ? documents : opts.workspaceFile ? path.dirname(opts.workspaceFile) : home;
  const base = safeFileName(`${NAMES[opts.lang][opts.kind]}${opts.label ? ` – ${opts.label}` : ''} ${opts.now.slice(0, 10)}`) || 'Export';
  let fileName = `${base}.${opts.ext}`;
  for (let i = 2; fs.existsSync(path.join(directory, fileName)) && i < 1000; i++) fileName = `${base} (${i}).${opts.ext}`;
  return { path: path.join(directory, fileName), directory, fileName };
}
