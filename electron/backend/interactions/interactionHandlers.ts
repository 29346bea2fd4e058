import type { interactionMethods } from '../../../shared/api/interactions';
import type { HandlerMap } from '../handlerTypes';
import { listInteractions } from './interactionQueries';
import {
  createInteraction,
  removeInteraction,
  setComplaintState,
  updateInteractionFields,
} from './interactionService';

export const interactionHandlers: HandlerMap<keyof typeof interactionMethods> = {
  'interactions.create': (input, b) => createInteraction(b.context(), input),
  'interactions.update': (input, b) => updateInteractionFields(b.context(), input),
  'interactions.delete': (input, b) => removeInteraction(b.context(), input),
  'interactions.setComplaintState': (input, b) => setComplaintState(b.context(), input),
  'interactions.list': (input, b) => listInteractions(b.context().db, input),
};
