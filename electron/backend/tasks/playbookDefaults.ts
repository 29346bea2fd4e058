import type { InteractionType } from '../../../shared/domain/interaction';
import type { Stage } from '../../../shared/domain/lifecycle';

// The built-in playbook actions per stage (DOMAIN §3 "where the work should focus", §6). They are
// stored with a default_key and no title: the UI writes them in the user's language.

export interface DefaultAction {
  key: string;
  dueDays: number;
  interactionType: InteractionType | null;
}

export const DEFAULT_ACTIONS: Record<Stage, DefaultAction[]> = {
  cultivation: [
    { key: 'cultivation.prospectus', dueDays: 7, interactionType: 'email' },
    { key: 'cultivation.research', dueDays: 14, interactionType: null },
  ],
  confirmation: [
    { key: 'confirmation.servicePlan', dueDays: 3, interactionType: 'email' },
    { key: 'confirmation.checkIn', dueDays: 14, interactionType: 'call' },
  ],
  trust: [
    { key: 'trust.keepInTouch', dueDays: 30, interactionType: 'event' },
    { key: 'trust.askNeeds', dueDays: 60, interactionType: 'meeting' },
  ],
  weakening: [
    { key: 'weakening.callWhy', dueDays: 3, interactionType: 'call' },
    { key: 'weakening.proposeFix', dueDays: 7, interactionType: 'meeting' },
  ],
  lost: [
    { key: 'lost.exitCall', dueDays: 7, interactionType: 'call' },
    { key: 'lost.noBadWom', dueDays: 30, interactionType: 'other' },
  ],
};

/** Key of the built-in text of a task created from an interaction's follow-up date. */
export const FOLLOW_UP_KEY = 'followUp';
