// The stage a relationship was in on a given day, from its stage history (issue 5: costs are
// attributed to the stage at the time they were spent).

import type { Stage } from '../lifecycle';

/**
 * The to-stage of the last transition (in seq order) that took effect on or before `date`;
 * cultivation before the first. When either side is a calendar date ('YYYY-MM-DD') only the
 * days are compared, so a move and a cost on the same day put the cost in the new stage.
 */
export function stageAt(history: readonly { to: Stage; at: string }[], date: string): Stage {
  let stage: Stage = 'cultivation';
  const day = date.slice(0, 10);
  for (const t of history) {
    const onOrBefore = t.at.length === 10 || date.length === 10 ? t.at.slice(0, 10) <= day : t.at <= date;
    if (onOrBefore) stage = t.to;
  }
  return stage;
}
