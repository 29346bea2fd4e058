import type { auditMethods } from '../../../shared/api/audit';
import type { HandlerMap } from '../handlerTypes';
import { auditHistory } from './auditHistory';
import { purgeExpiredTrash, readTrashSettings, writeTrashRetention } from './trashRetention';
import { undoLastChange } from './undoChange';

export const auditHandlers: HandlerMap<keyof typeof auditMethods> = {
  'audit.history': (input, b) => auditHistory(b.context().db, input),
  'audit.undoLast': (input, b, { lang }) => undoLastChange(b.context(), input, lang),
  'audit.trashSettings': (_input, b) => readTrashSettings(b.context().db),
  'audit.setTrashRetention': (input, b) => writeTrashRetention(b.context(), input.retentionDays),
  'audit.purgeTrash': (_input, b) => ({ purged: purgeExpiredTrash(b.context()) }),
};
