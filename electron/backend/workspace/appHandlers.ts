import type { appMethods } from '../../../shared/api/app';
import type { jobMethods } from '../../../shared/api/jobs';
import type { HandlerMap } from '../handlerTypes';
import { translateError } from '../../../shared/i18n/errors';
import { listBackups } from '../store/backups';
import { startDeepCheck, startSalvage } from '../salvage/salvageHandlers';
import { readSettings, writeSettings } from './workspaceSettings';

export const appHandlers: HandlerMap<keyof typeof appMethods> = {
  'app.info': (_i, b, { lang }) => {
    const info = b.info();
    const e = info.lastOpenError;
    return e ? { ...info, lastOpenError: { ...e, message: translateError(e.message, lang) } } : info;
  },
  'prefs.get': (_i, b) => b.config.prefs(),
  'prefs.update': (input, b) => b.config.updatePrefs(input),
  'workspace.recent': (_i, b) => b.config.recent(),
  'workspace.create': (input, b) => b.create(input.name, input.path),
  'workspace.open': (input, b) => b.open(input.path, { readOnly: input.readOnly }),
  'workspace.close': (_i, b) => {
    b.close();
    b.emit({ type: 'workspace.changed' });
    return null;
  },
  'workspace.start': (_i, b) => b.start(),
  'workspace.createDemo': (input, b) => b.startDemo(input.customers, input.seed),
  'workspace.salvage': (input, b) => startSalvage(b, input.path),
  'workspace.check': (_input, b) => startDeepCheck(b),
  'workspace.backups': (input) => listBackups(input.path),
  'settings.get': (_i, b) => readSettings(b.context().db),
  'settings.update': (input, b) => {
    const ctx = b.context();
    writeSettings(ctx.db, input, ctx.now());
    ctx.changed('settings');
    return readSettings(ctx.db);
  },
};

export const jobHandlers: HandlerMap<keyof typeof jobMethods> = {
  'jobs.list': (_i, b) => b.jobs.list(),
  'jobs.get': (input, b) => b.jobs.get(input.id),
  'jobs.cancel': (input, b) => b.jobs.cancel(input.id),
};
