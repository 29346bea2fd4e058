import { Badge } from '@mantine/core';
import type { BookingStatus, ParticipationRole } from '@shared/domain/participation';
import { useTranslation } from 'react-i18next';

/** Colours along the booking path: grey enquiry → blue reserved → teal booked; red/orange endings. */
export const STATUS_COLORS: Record<BookingStatus, string> = {
  enquiry: 'gray',
  reserved: 'blue',
  contracted: 'teal',
  paid: 'green',
  attended: 'grape',
  cancelled: 'red',
  no_show: 'orange',
};

export function StatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation('exhibitions');
  return (
    // max-content: in a crowded table cell the badge would otherwise shrink to "CONTR…".
    <Badge variant="light" color={STATUS_COLORS[status]} size="sm" style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function RoleLabel({ role }: { role: ParticipationRole }) {
  const { t } = useTranslation('exhibitions');
  return <>{t(`roles.${role}`)}</>;
}
