import type { InteractionType } from '@shared/domain/interaction';
import {
  IconAlertTriangle,
  IconBuildingStore,
  IconBulb,
  IconDots,
  IconGlassFull,
  IconMail,
  IconMessageStar,
  IconPhone,
  IconUserShare,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** One icon and colour per interaction type, the same in the timeline and the form. */
export const TYPE_LOOK: Record<InteractionType, { icon: Icon; color: string }> = {
  call: { icon: IconPhone, color: 'blue' },
  email: { icon: IconMail, color: 'cyan' },
  meeting: { icon: IconUsers, color: 'indigo' },
  visit: { icon: IconBuildingStore, color: 'teal' },
  event: { icon: IconGlassFull, color: 'grape' },
  complaint: { icon: IconAlertTriangle, color: 'red' },
  feedback: { icon: IconMessageStar, color: 'yellow' },
  referral: { icon: IconUserShare, color: 'green' },
  advice: { icon: IconBulb, color: 'orange' },
  other: { icon: IconDots, color: 'gray' },
};
