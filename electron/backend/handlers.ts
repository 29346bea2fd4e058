import type { MethodName } from '../../shared/api';
import { auditHandlers } from './audit/auditHandlers';
import { backupHandlers } from './backup/backupHandlers';
import { captureHandlers } from './capture/captureHandlers';
import { customerPageHandlers } from './customerPage/customerPageHandlers';
import { customerHandlers } from './customers/customerHandlers';
import { exhibitionHandlers } from './exhibitions/exhibitionHandlers';
import { exportHandlers } from './exports/exportHandlers';
import { tableExportHandlers } from './exports/tableExportHandlers';
import type { Handler } from './handlerTypes';
import { importHandlers } from './imports/importHandlers';
import { interactionHandlers } from './interactions/interactionHandlers';
import { lifecycleHandlers } from './lifecycle/lifecycleHandlers';
import { lifecycleAnalyticsHandlers } from './lifecycleAnalytics/lifecycleAnalyticsHandlers';
import { participationHandlers } from './participations/participationHandlers';
import { segmentHandlers } from './segments/segmentHandlers';
import { taskHandlers } from './tasks/taskHandlers';
import { valuationHandlers } from './valuation/valuationHandlers';
import { appHandlers, jobHandlers } from './workspace/appHandlers';

/** Every method's handler. The type makes a missing or misspelt handler a compile error. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...appHandlers,
  ...jobHandlers,
  ...customerHandlers,
  ...interactionHandlers,
  ...customerPageHandlers,
  ...segmentHandlers,
  ...captureHandlers,
  ...exhibitionHandlers,
  ...participationHandlers,
  ...taskHandlers,
  ...lifecycleAnalyticsHandlers,
  ...lifecycleHandlers,
  ...valuationHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...tableExportHandlers,
  ...backupHandlers,
  ...auditHandlers,
};
