import { ActionIcon, Anchor, Button, Checkbox, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import type { Stage } from '@shared/domain/lifecycle';
import { IconArrowRight, IconCheck, IconChecks, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { useFormat } from '../../i18n/format';
import { StageBadge } from './stageMeta';
import type { SuggestionRow } from './types';
import { useReasonText } from './useReasonText';
import type { useSuggestionActions } from './useSuggestionActions';

const STEP = 50;

/** The pending suggestions to one stage: "accept all", then the rows (50 more at a time). */
export function SuggestionGroup({
  exhibitionId,
  toStage,
  count,
  selected,
  onToggle,
  actions,
}: {
  exhibitionId: string;
  toStage: Stage;
  count: number;
  selected: Map<string, SuggestionRow>;
  onToggle: (rows: SuggestionRow[], on: boolean) => void;
  actions: ReturnType<typeof useSuggestionActions>;
}) {
  const { t } = useTranslation('lifecycle');
  const fmt = useFormat();
  const reason = useReasonText();
  const [limit, setLimit] = useState(STEP);
  const list = useApi('lifecycle.suggestions', { exhibitionId, toStage, offset: 0, limit }, { placeholderData: (p) => p });
  const rows = list.data?.rows ?? [];
  const isSel = (r: SuggestionRow) => selected.has(`${r.customerId}|${r.exhibitionId}`);
  const allSel = rows.length > 0 && rows.every(isSel);
  const someSel = rows.some(isSel);
  const item = (r: SuggestionRow) => ({ customerId: r.customerId, exhibitionId: r.exhibitionId, fingerprint: r.fingerprint });
  const stage = t(`stage.${toStage}`);

  return (
    <Paper withBorder data-testid={`suggestion-group-${toStage}`}>
      <Group justify="space-between" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group gap="sm">
          <Checkbox
            aria-label={t('suggestions.selectAll')}
            checked={allSel}
            indeterminate={!allSel && someSel}
            onChange={(e) => onToggle(rows, e.currentTarget.checked)}
          />
          <IconArrowRight size={16} />
          <StageBadge stage={toStage} size="lg" />
          <Text fw={700}>{fmt.number(count)}</Text>
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconChecks size={14} />}
          loading={actions.busy}
          onClick={() => actions.acceptAll(exhibitionId, toStage, count)}
        >
          {t('suggestions.acceptAll', { count, stage })}
        </Button>
      </Group>
      <Table verticalSpacing={6} highlightOnHover>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.customerId} data-testid="suggestion-row">
              <Table.Td w={36}>
                <Checkbox aria-label={t('suggestions.select', { name: r.companyName })} checked={isSel(r)} onChange={(e) => onToggle([r], e.currentTarget.checked)} />
              </Table.Td>
              <Table.Td w="24%">
                <Anchor component={Link} to={`/customers/${r.customerId}`} size="sm" fw={600} c="inherit">
                  {r.companyName}
                </Anchor>
              </Table.Td>
              <Table.Td w={290}>
                <Group gap={4} wrap="nowrap">
                  <StageBadge stage={r.from} />
                  <IconArrowRight size={12} />
                  <StageBadge stage={r.to} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{reason(r.signal, r.details)}</Text>
              </Table.Td>
              <Table.Td w={90}>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <Tooltip label={t('suggestions.accept')} withinPortal>
                    <ActionIcon variant="light" color="teal" aria-label={`${t('suggestions.accept')} ${r.companyName}`} onClick={() => void actions.accept([item(r)])}>
                      <IconCheck size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('suggestions.dismiss')} withinPortal>
                    <ActionIcon variant="subtle" color="gray" aria-label={`${t('suggestions.dismiss')} ${r.companyName}`} onClick={() => void actions.dismiss([item(r)])}>
                      <IconX size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data && list.data.total > rows.length && (
        <Group justify="space-between" p="xs" px="sm">
          <Text size="xs" c="dimmed">
            {t('suggestions.shown', { shown: fmt.number(rows.length), total: fmt.number(list.data.total) })}
          </Text>
          <Button size="xs" variant="subtle" onClick={() => setLimit((l) => Math.min(500, l + STEP))} disabled={limit >= 500}>
            {t('suggestions.more')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
