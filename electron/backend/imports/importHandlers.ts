import type { HandlerMap } from '../handlerTypes';
import { withoutMatchChange } from './importAnalysis';
import { closeSession, getSession, openSession } from './importSessions';
import { applySettings, commit, dryRun, preview, setDecisions, headersOf, startUndo, validate } from './importService';
import { deleteTemplate, listTemplates, saveTemplate } from './importTemplates';
import { writeRejected } from './rejectedRows';
import { listBatches } from './undoImport';
import { previewUndo } from './undoPlan';

type ImportMethod =
  | 'imports.open'
  | 'imports.preview'
  | 'imports.validate'
  | 'imports.setDecisions'
  | 'imports.dryRun'
  | 'imports.commit'
  | 'imports.batches'
  | 'imports.undo'
  | 'imports.undoPreview'
  | 'imports.rejected'
  | 'imports.saveTemplate'
  | 'imports.templates'
  | 'imports.deleteTemplate'
  | 'imports.close';

export const importHandlers: HandlerMap<ImportMethod> = {
  'imports.open': async (input, b) => {
    b.context(); // a workspace must be open (templates and duplicates are per workspace)
    const s = await openSession(b, input.path);
    return {
      sessionId: s.id,
      fileName: s.fileName,
      format: s.content.format,
      encoding: s.content.encoding,
      sheets: s.content.sheets,
      sheet: s.content.sheet,
    };
  },
  'imports.preview': (input, b, call) => {
    const { sessionId, ...settings } = input;
    return preview(b, getSession(b, sessionId), settings, call.lang);
  },
  'imports.validate': (input, b, call) => validate(b, getSession(b, input.sessionId), input, call.lang),
  'imports.setDecisions': (input, b) => setDecisions(b, getSession(b, input.sessionId), input),
  'imports.dryRun': (input, b) => dryRun(b, getSession(b, input.sessionId)),
  'imports.commit': (input, b) => commit(b, getSession(b, input.sessionId)),
  'imports.batches': (input, b) => listBatches(b.context().db, input.limit),
  'imports.undo': (input, b) => startUndo(b, input.batchId),
  'imports.undoPreview': (input, b) => previewUndo(b.context().db, input.batchId),
  'imports.rejected': async (input, b, call) => {
    const s = getSession(b, input.sessionId);
    return writeRejected(s, await applySettings(b, s, {}, 'asIs'), input.path, input.format, call.lang);
  },
  'imports.saveTemplate': async (input, b) => {
    const s = getSession(b, input.sessionId);
    const analysis = await applySettings(b, s, {}, 'asIs');
    // The order the file's dates were read in, when something told it (the user, the file, a template).
    const dates = analysis.dates;
    const dateOrder = dates && dates.source !== 'default' && dates.source !== 'mixed' ? dates.order : (s.dateOrder?.order ?? null);
    const t = withoutMatchChange(b.context().db, analysis, () => saveTemplate(b.context(), input.name, headersOf(s), s.mapping ?? [], dateOrder));
    s.templateMatch = { id: t.id, name: t.name };
    return t;
  },
  'imports.templates': (_input, b) => listTemplates(b.context().db),
  'imports.deleteTemplate': (input, b) => ({ deleted: deleteTemplate(b.context(), input.id) }),
  'imports.close': (input, b) => ({ closed: closeSession(b, input.sessionId) }),
};
