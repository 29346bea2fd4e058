import type { segmentMethods } from '../../../shared/api/segments';
import type { HandlerMap } from '../handlerTypes';
import {
  countSegment,
  createSegment,
  deleteSegment,
  editionChoices,
  getSegment,
  listSegments,
  segmentMembers,
  updateSegment,
} from './segmentService';

export const segmentHandlers: HandlerMap<keyof typeof segmentMethods> = {
  'segments.list': (_input, b) => listSegments(b.context()),
  'segments.get': (input, b) => getSegment(b.context(), input.id),
  'segments.count': (input, b) => countSegment(b.context(), input.definition),
  'segments.members': (input, b) => segmentMembers(b.context(), input),
  'segments.create': (input, b) => createSegment(b.context(), input),
  'segments.update': (input, b) => updateSegment(b.context(), input),
  'segments.delete': (input, b) => deleteSegment(b.context(), input.id),
  'segments.editionChoices': (_input, b) => editionChoices(b.context()),
};
