import { Stack, Text, Tooltip } from '@mantine/core';
import type { RebookingRate } from '@shared/api/exhibitions';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from './format';

/** "62%" with "5 of 8 booked exhibitors of 2024 booked again" beneath; or why there is no rate. */
export function RebookingRateText({ rebooking }: { rebooking: RebookingRate | null }) {
  const { t } = useTranslation('exhibitions');
  const f = useDayFormat();
  if (!rebooking) {
    return (
      <Text size="sm" c="dimmed">
        {t('exhibition.rebookingNone')}
      </Text>
    );
  }
  if (rebooking.rate === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('exhibition.rebookingNoExhibitors')}
      </Text>
    );
  }
  const detail = t('exhibition.rebookingHint', {
    rebooked: rebooking.rebooked,
    previous: rebooking.previousExhibitors,
    name: rebooking.previousEditionName,
  });
  return (
    <Tooltip label={detail} multiline maw={280}>
      <Stack gap={0}>
        <Text size="sm" fw={600} data-testid="rebooking-rate">
          {f.percent(rebooking.rate)}
        </Text>
        <Text size="xs" c="dimmed">
          {rebooking.rebooked} / {rebooking.previousExhibitors}
        </Text>
      </Stack>
    </Tooltip>
  );
}
