import type { captureMethods } from '../../../shared/api/capture';
import type { HandlerMap } from '../handlerTypes';
import { captureContext, captureMatches, todayCount } from './captureQueries';
import { saveCapture } from './captureService';

export const captureHandlers: HandlerMap<keyof typeof captureMethods> = {
  'capture.context': (_input, b) => captureContext(b.context()),
  'capture.match': (input, b) => captureMatches(b.context(), input),
  'capture.save': (input, b, call) => saveCapture(b.context(), input, call.lang),
  'capture.today': (input, b) => ({ count: todayCount(b.context(), input.capturedBy) }),
};
