import { Badge } from '@mantine/core';
import type { Tier } from '@shared/domain/valuation/figures';
import { TIER_COLORS } from './tierColors';

/** A tier as a small coloured letter; "–" when not in that snapshot. */
export function TierBadge({ tier }: { tier: Tier | null }) {
  if (!tier) return <Badge variant="outline" color="gray">–</Badge>;
  return (
    <Badge variant="filled" color={TIER_COLORS[tier]} data-tier={tier}>
      {tier}
    </Badge>
  );
}
