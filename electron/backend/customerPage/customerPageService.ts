import { TIMELINE_PAGE, type CustomerPageData } from '../../../shared/api/customerPage';
import type { Context } from '../context';
import { getCustomer } from '../customers/customerService';
import { readSettings } from '../workspace/workspaceSettings';
import { customerParticipations, customerSummary } from './customerFacts';
import { negativeWom, referredBy, referredCustomers } from './referrals';
import { timeline } from './timelineQuery';

/** Everything the customer page shows, read in one transaction so the parts agree. */
export function customerPage(ctx: Context, id: string): CustomerPageData {
  return ctx.db.transaction(() => {
    const customer = getCustomer(ctx, id); // not_found when missing
    return {
      customer,
      currency: readSettings(ctx.db).currency,
      summary: customerSummary(ctx.db, id),
      referredBy: referredBy(ctx.db, id),
      referred: referredCustomers(ctx.db, id),
      negativeWom: negativeWom(ctx.db, id),
      participations: customerParticipations(ctx.db, id),
      timeline: timeline(ctx.db, id, undefined, TIMELINE_PAGE),
    };
  })();
}
