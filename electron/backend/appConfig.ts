import fs from 'node:fs';
import path from 'node:path';
import type { Prefs, RecentWorkspace } from '../../shared/api/app';
import type { Language } from '../../shared/i18n/errors';

// App-level preferences (not tied to a workspace): language, remembered columns, recent
// workspaces. A small JSON file, replaced atomically (write temp, then rename).

export interface AppConfigData {
  language: Language | null;
  columns: Record<string, string[]>;
  recent: Omit<RecentWorkspace, 'exists'>[];
  /**
   * The backup folder each workspace was set to use, when not the default: kept here too, so a
   * workspace too damaged to read its own settings still leads to its backups on a USB stick.
   */
  backupFolders: Record<string, string>;
}

const EMPTY: AppConfigData = { language: null, columns: {}, recent: [], backupFolders: {} };

export class AppConfig {
  private data: AppConfigData;
  constructor(private readonly file: string) {
    this.data = AppConfig.read(file);
  }

  private static read(file: string): AppConfigData {
    try {
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<AppConfigData>;
      return {
        language: raw.language === 'en' || raw.language === 'zh' ? raw.language : null,
        columns: raw.columns && typeof raw.columns === 'object' ? raw.columns : {},
        recent: Array.isArray(raw.recent) ? raw.recent.filter((r) => r && typeof r.path === 'string') : [],
        backupFolders:
          raw.backupFolders && typeof raw.backupFolders === 'object'
            ? Object.fromEntries(Object.entries(raw.backupFolders).filter(([k, v]) => typeof k === 'string' && typeof v === 'string'))
            : {},
      };
    } catch {
      // Missing or unreadable: start from defaults; the next save writes a good file.
      return structuredClone(EMPTY);
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    fs.renameSync(tmp, this.file);
  }

  prefs(): Prefs {
    return { language: this.data.language, columns: this.data.columns };
  }

  updatePrefs(p: Partial<Prefs>): Prefs {
    if (p.language !== undefined) this.data.language = p.language;
    if (p.columns) this.data.columns = { ...this.data.columns, ...p.columns };
    this.save();
    return this.prefs();
  }

  recent(): RecentWorkspace[] {
    return this.data.recent.map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  touchRecent(file: string, name: string, now: string): void {
    this.data.recent = [{ path: file, name, lastOpenedAt: now }, ...this.data.recent.filter((r) => r.path !== file)].slice(0, 10);
    this.save();
  }

  /** Remembers (or, with null, forgets) the backup folder a workspace uses; saves only on a change. */
  rememberBackupFolder(workspace: string, folder: string | null): void {
    if ((this.data.backupFolders[workspace] ?? null) === folder) return;
    if (folder) this.data.backupFolders[workspace] = folder;
    else delete this.data.backupFolders[workspace];
    this.save();
  }

  backupFolderOf(workspace: string): string | null {
    return this.data.backupFolders[workspace] ?? null;
  }

  lastWorkspace(): string | null {
    return this.data.recent[0]?.path ?? null;
  }
}
