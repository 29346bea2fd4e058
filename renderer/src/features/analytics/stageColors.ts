import type { Stage } from '@shared/domain/lifecycle';
import { STAGE_COLORS } from '../lifecycle/stageMeta';

/** The chart colour of each stage: the lifecycle's own colour (stageMeta.tsx), a shade for charts. */
export const STAGE_CHART_COLOR: Record<Stage, string> = Object.fromEntries(
  Object.entries(STAGE_COLORS).map(([stage, color]) => [stage, `${color}.6`]),
) as Record<Stage, string>;
