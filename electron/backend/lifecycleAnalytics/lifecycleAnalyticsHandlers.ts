import type { lifecycleAnalyticsMethods } from '../../../shared/api/lifecycleAnalytics';
import type { HandlerMap } from '../handlerTypes';
import { lifecycleOverview } from './lifecycleOverview';

export const lifecycleAnalyticsHandlers: HandlerMap<keyof typeof lifecycleAnalyticsMethods> = {
  'lifecycleAnalytics.overview': (input, b) => lifecycleOverview(b.context(), input.exhibitionId),
};
