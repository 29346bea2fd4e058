import type { participationMethods } from '../../../shared/api/participations';
import type { HandlerMap } from '../handlerTypes';
import {
  createParticipation,
  deleteParticipation,
  getParticipation,
  participationsOfCustomer,
  setParticipationStatus,
  updateParticipation,
} from './participationService';

export const participationHandlers: HandlerMap<keyof typeof participationMethods> = {
  'participations.get': (input, b) => getParticipation(b.context(), input.id),
  'participations.create': (input, b) => createParticipation(b.context(), input),
  'participations.update': (input, b) => updateParticipation(b.context(), input),
  'participations.delete': (input, b) => deleteParticipation(b.context(), input.id),
  'participations.setStatus': (input, b) => setParticipationStatus(b.context(), input),
  'participations.ofCustomer': (input, b) => participationsOfCustomer(b.context(), input.customerId),
};
