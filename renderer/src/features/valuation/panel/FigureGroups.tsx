import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ValueRow } from '@shared/api/valuation';
import type { ValuationSettings } from '@shared/domain/valuation/settings';
import { useTranslation } from 'react-i18next';
import { FigureValue, useFigureLabel } from '../explain/FigureValue';
import { PANEL_COLUMNS, PANEL_GROUPS, type PanelFigure } from './figureGroups';

/** Every figure of the relationship, grouped; each value opens its explanation on click or Enter. */
export function FigureGroups({ row, settings }: { row: ValueRow; settings: ValuationSettings }) {
  const { t } = useTranslation('valuePanel');
  const label = useFigureLabel();
  const group = (g: (typeof PANEL_GROUPS)[number]) => (
    <Paper key={g.id} withBorder p="sm" radius="sm" data-testid={`value-group-${g.id}`}>
      <Title order={6} mb={6}>
        {t(`groups.${g.id}`)}
      </Title>
      <Stack gap={4}>
        {g.figures.map((f: PanelFigure) => (
          <Group key={f.key} justify="space-between" wrap="nowrap" gap="xs" pl={f.sub ? 'md' : 0} data-testid={`value-row-${f.key}`}>
            <Text size="sm" c={f.sub ? 'dimmed' : undefined} lineClamp={1}>
              {label(f.key)}
            </Text>
            <FigureValue row={row} figure={f.key} settings={settings} />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
  // Two stacked columns rather than a grid of rows: the groups differ a lot in length.
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {PANEL_COLUMNS.map((ids, i) => (
        <Stack key={i} gap="sm">
          {ids.map((id) => group(PANEL_GROUPS.find((g) => g.id === id)!))}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
