// Rebooking prediction (issue 5 item 2; docs/prediction.md): features → model → probability.
export * from './features';
export * from './model';
export * from './metrics';
export { trainRebookingModel, MIN_EXAMPLES, type TrainOptions } from './train';
export { trainFallbackModel, DEFAULT_CELL_PRIORS, DEFAULT_GROUP_PRIORS, PRIOR_WEIGHT } from './fallback';
export { backtest, type BacktestResult } from './backtest';
