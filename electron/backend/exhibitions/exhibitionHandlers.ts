import type { exhibitionMethods } from '../../../shared/api/exhibitions';
import type { HandlerMap } from '../handlerTypes';
import { createEdition, deleteEdition, getEdition, listEditions, updateEdition } from './editionService';
import {
  createExhibition,
  currentExhibition,
  deleteExhibition,
  getExhibition,
  listExhibitions,
  setCurrentExhibition,
  updateExhibition,
} from './exhibitionService';
import { editionParticipants } from './participantsQuery';
import { rebook, rebookPreview } from './rebookService';

export const exhibitionHandlers: HandlerMap<keyof typeof exhibitionMethods> = {
  'exhibitions.list': (_input, b) => listExhibitions(b.context()),
  'exhibitions.get': (input, b) => getExhibition(b.context(), input.id),
  'exhibitions.create': (input, b) => createExhibition(b.context(), input),
  'exhibitions.update': (input, b) => updateExhibition(b.context(), input),
  'exhibitions.delete': (input, b) => deleteExhibition(b.context(), input),
  'exhibitions.current': (_input, b) => currentExhibition(b.context()),
  'exhibitions.setCurrent': (input, b) => setCurrentExhibition(b.context(), input.id),
  'editions.list': (input, b) => listEditions(b.context(), input.exhibitionId),
  'editions.get': (input, b) => getEdition(b.context(), input.id),
  'editions.create': (input, b) => createEdition(b.context(), input),
  'editions.update': (input, b) => updateEdition(b.context(), input),
  'editions.delete': (input, b) => deleteEdition(b.context(), input),
  'editions.participants': (input, b) => editionParticipants(b.context(), input),
  'editions.rebookPreview': (input, b) => rebookPreview(b.context(), input),
  'editions.rebook': (input, b) => rebook(b.context(), input),
};
