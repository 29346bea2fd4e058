import type { valuationMethods } from '../../../shared/api/valuation';
import type { HandlerMap } from '../handlerTypes';

// Scaffold: every valuation method is declared; helper E replaces these with the real handlers.
const todo = (): never => {
  throw new Error('valuation: not implemented yet');
};

export const valuationHandlers: HandlerMap<keyof typeof valuationMethods> = {
  'valuation.settings': todo,
  'valuation.setSettings': todo,
  'valuation.resetSettings': todo,
  'valuation.assess': todo,
  'valuation.status': todo,
  'valuation.snapshots': todo,
  'valuation.summary': todo,
  'valuation.table': todo,
  'valuation.matrix': todo,
  'valuation.callList': todo,
  'valuation.ofRelationship': todo,
  'valuation.setRatings': todo,
  'valuation.compare': todo,
};
