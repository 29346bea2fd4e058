import type { Db } from '../store/openDatabase';
import { suspendTriggers, triggersNamed } from '../store/suspendTriggers';
import { CUSTOMER_FIGURES_TRIGGER_PREFIX, interactionFiguresSql, participationFiguresSql } from '../store/migrations/002_activity';

// customer_figures (migration 002) holds each customer's segment figures, kept exact by
// triggers on participations, interactions and editions. A bulk load (the demo) would fire
// them once per row; instead it suspends them, loads, and fills the table in one pass with
// the very statements the triggers run, so both ways give the same rows.

/** The figures of every customer, recomputed from participations and interactions. */
export function fillCustomerFigures(db: Db): void {
  db.exec('DELETE FROM customer_figures');
  db.exec(participationFiguresSql('true'));
  db.exec(interactionFiguresSql('true'));
}

/**
 * Drops the triggers keeping customer_figures exact and returns a function that fills the
 * table and creates them again. Call both inside one transaction, so no write in between is
 * missed and a rollback restores the triggers.
 */
export function suspendFigureTriggers(db: Db): () => void {
  const restore = suspendTriggers(db, triggersNamed(db, CUSTOMER_FIGURES_TRIGGER_PREFIX));
  return () => {
    fillCustomerFigures(db);
    restore();
  };
}
