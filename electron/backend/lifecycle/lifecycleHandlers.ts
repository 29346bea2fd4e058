import type { lifecycleMethods } from '../../../shared/api/lifecycle';
import type { HandlerMap } from '../handlerTypes';
import { boardColumns, relationshipPage } from './boardQueries';
import { getRelationship, moveRelationship, relationshipsOfCustomer } from './relationshipService';
import { acceptAllSuggestions, acceptSuggestions, dismissSuggestions, listSuggestions, refreshSuggestions } from './suggestionService';
import { readThresholds, writeThresholds } from './thresholds';

export const lifecycleHandlers: HandlerMap<keyof typeof lifecycleMethods> = {
  'lifecycle.columns': (input, b) => boardColumns(b.context(), input.exhibitionId),
  'lifecycle.board': (input, b) => relationshipPage(b.context(), { ...input, stages: [input.stage] }),
  'lifecycle.table': (input, b) => relationshipPage(b.context(), input),
  'lifecycle.get': (input, b) => getRelationship(b.context(), input.customerId, input.exhibitionId),
  'lifecycle.ofCustomer': (input, b) => relationshipsOfCustomer(b.context(), input.customerId),
  'lifecycle.move': (input, b) => moveRelationship(b.context(), input),
  'lifecycle.suggestions': (input, b) => listSuggestions(b.context(), input),
  'lifecycle.accept': (input, b) => acceptSuggestions(b.context(), input.items, input.at),
  'lifecycle.acceptAll': (input, b) => acceptAllSuggestions(b.context(), input),
  'lifecycle.dismiss': (input, b) => dismissSuggestions(b.context(), input.items),
  'lifecycle.refresh': (input, b) => refreshSuggestions(b.context(), input.exhibitionId),
  'lifecycle.thresholds': (_input, b) => readThresholds(b.context().db),
  'lifecycle.setThresholds': (input, b) => {
    const ctx = b.context();
    const t = writeThresholds(ctx, input.patch);
    // New thresholds mean new suggestions.
    refreshSuggestions(ctx);
    return t;
  },
};
