import { INTERACTION_TYPES } from '@shared/domain/interaction';
import type { TFunction } from 'i18next';

/** Interaction types as Select options, in the user's language. */
export const typeOptions = (t: TFunction) => INTERACTION_TYPES.map((v) => ({ value: v, label: t(`interactions:types.${v}`) }));
