import fs from 'node:fs';
import path from 'node:path';
import type { backupMethods, BackupSettings } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/result';
import { translateError } from '../../../shared/i18n/errors';
import type { Backend } from '../backend';
import type { HandlerMap } from '../handlerTypes';
import { backupDirFor } from '../store/backups';
import { checkpointsSettled } from '../store/checkpointInThread';
import { backupStatus, listBackupEntries, takeBackup } from './backupService';
import { folderState, readBackupSettings, writeBackupSettings } from './backupSettings';
import { assertNotInUse, checkWorkspaceFile, stageRestore, swapIn } from './restore';
import { exportWorkspace, importWorkspaceFile } from './workspaceTransfer';

/** The open workspace, writable: backups are taken from it and restores replace it. */
function writable(b: Backend) {
  const ctx = b.context();
  const info = b.workspaceInfo()!;
  if (info.readOnly) throw new ApiFailure('read_only', 'err.readOnly');
  return { ctx, file: info.path };
}

function settingsOf(b: Backend): BackupSettings {
  return { ...readBackupSettings(b.context().db), defaultFolder: backupDirFor(b.workspaceInfo()!.path) };
}

function busyWithJobs(b: Backend): boolean {
  return b.jobs.list().some((j) => j.status === 'running');
}

export const backupHandlers: HandlerMap<keyof typeof backupMethods> = {
  'backups.list': (_i, b) => listBackupEntries(b.context().db, b.opts.nativeBinding),
  'backups.status': (_i, b, { lang }) => {
    const s = backupStatus(b.context().db);
    return s.lastError ? { ...s, lastError: { ...s.lastError, message: translateError(s.lastError.message, lang) } } : s;
  },
  'backups.create': async (_i, b) => {
    const { ctx } = writable(b);
    const entry = await takeBackup(ctx.db, 'manual', { nativeBinding: b.opts.nativeBinding, workerEntry: b.opts.jobWorkerEntry });
    ctx.changed('backups');
    return entry;
  },
  'backups.restore': async (input, b) => {
    const { ctx, file } = writable(b);
    const from = path.resolve(input.path);
    if (from === file) throw new ApiFailure('invalid_input', 'err.invalidInput', { path: 'err.backup.sameFile' });
    checkWorkspaceFile(from, 'path', b.opts.nativeBinding);
    // A job writing meanwhile (an import in a worker) would be lost or half-applied.
    if (busyWithJobs(b)) throw new ApiFailure('busy', 'err.busy');
    const preRestore = await takeBackup(ctx.db, 'pre-restore', { nativeBinding: b.opts.nativeBinding, workerEntry: b.opts.jobWorkerEntry });
    const staged = await stageRestore(file, from, b.opts.nativeBinding);
    // The checkpoint after an import holds a connection of its own for a moment: not another user.
    await checkpointsSettled();
    b.close();
    try {
      // Another window or the CLI on the same file would keep writing to the replaced one.
      assertNotInUse(file, b.opts.nativeBinding);
    } catch (e) {
      fs.rmSync(staged, { force: true });
      b.open(file);
      throw e;
    }
    swapIn(file, staged);
    const workspace = b.open(file);
    b.context().changed('backups');
    return { workspace, preRestore };
  },
  'backups.settings': (_i, b) => settingsOf(b),
  'backups.updateSettings': (input, b) => {
    const { ctx } = writable(b);
    if (input.folder) {
      const state = folderState(input.folder);
      if (state === 'missing') throw new ApiFailure('invalid_input', 'err.invalidInput', { folder: 'err.backup.folderMissing' });
      if (state === 'notWritable') throw new ApiFailure('invalid_input', 'err.invalidInput', { folder: 'err.backup.folderNotWritable' });
    }
    const current = readBackupSettings(ctx.db);
    writeBackupSettings(
      ctx.db,
      {
        ...(input.folder !== undefined ? { folder: input.folder ? path.resolve(input.folder) : null } : {}),
        ...(input.retention ? { retention: { ...current.retention, ...input.retention } } : {}),
      },
      ctx.now(),
    );
    const info = b.workspaceInfo();
    if (info) b.config.rememberBackupFolder(info.path, readBackupSettings(ctx.db).folder);
    ctx.changed('backups');
    return settingsOf(b);
  },
  'workspace.export': (input, b) => exportWorkspace(b.context().db, input.path, { nativeBinding: b.opts.nativeBinding, workerEntry: b.opts.jobWorkerEntry }),
  'workspace.import': async (input, b) => {
    const target = await importWorkspaceFile(b.workspacesDir, input.path, input.name, b.opts.nativeBinding);
    return b.open(target);
  },
};
