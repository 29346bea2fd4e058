// The relationship lifecycle (../shared/DOMAIN.md §3, §6): a stage per customer × exhibition.

export const STAGES = ['cultivation', 'confirmation', 'trust', 'weakening', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

/** Where a task came from: a stage's playbook, an interaction's follow-up date, or by hand. */
export const TASK_SOURCES = ['playbook', 'follow_up', 'manual'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

/** Workspace setting (settings table, JSON) holding the signal thresholds. */
export const LIFECYCLE_THRESHOLDS_SETTING = 'lifecycleThresholds';
