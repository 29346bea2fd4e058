import type { customerPageMethods } from '../../../shared/api/customerPage';
import { ApiFailure } from '../../../shared/api/result';
import type { HandlerMap } from '../handlerTypes';
import { customerPage } from './customerPageService';
import { setNegativeWom, setReferrer } from './referrals';
import { timeline } from './timelineQuery';

export const customerPageHandlers: HandlerMap<keyof typeof customerPageMethods> = {
  'customers.page': (input, b) => customerPage(b.context(), input.id),
  'customers.timeline': (input, b) => {
    const db = b.context().db;
    if (!db.prepare('SELECT 1 FROM customers WHERE id = ?').get(input.id)) throw new ApiFailure('not_found', 'err.notFound');
    return timeline(db, input.id, input.before, input.limit);
  },
  'customers.setReferrer': (input, b) => setReferrer(b.context(), input),
  'customers.setNegativeWom': (input, b) => setNegativeWom(b.context(), input),
};
