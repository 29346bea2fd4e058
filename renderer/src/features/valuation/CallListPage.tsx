import { ActionIcon, Anchor, Center, Group, List, Loader, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { CallListRow } from '@shared/api/valuation';
import { IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from '../exhibitions/format';
import { LogInteractionModal } from '../interactions/LogInteractionModal';
import { StageBadge } from '../lifecycle/stageMeta';
import { Pager } from '../../components/Pager';
import { TierBadge } from './TierBadge';
import { useReasonText } from './useReasonText';
import { useCurrency } from './useValuationStatus';
import { ValueShell, type ValueContext } from './ValueShell';

const LIMIT = 25;

/** #/value/calls: tier A/B relationships at risk — who to call this week, and why. */
export function CallListPage() {
  return <ValueShell tab="calls">{(ctx) => <CallList ctx={ctx} />}</ValueShell>;
}

function CallList({ ctx }: { ctx: ValueContext }) {
  const { t } = useTranslation('valuation');
  const fmt = useFormat();
  const f = useDayFormat();
  const currency = useCurrency();
  const reason = useReasonText();
  const [offset, setOffset] = useState(0);
  const [calling, setCalling] = useState<CallListRow | null>(null);
  const list = useApi('valuation.callList', { exhibitionId: ctx.exhibitionId, offset, limit: LIMIT });

  if (list.isPending) return <Center py="xl"><Loader /></Center>;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { rows, total } = list.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Text size="sm" c="dimmed">
          {t('calls.hint')}
        </Text>
        <Text size="sm" fw={600} data-testid="calls-count">
          {t('calls.count', { count: total, n: fmt.number(total) })}
        </Text>
      </Group>
      {total === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center" data-testid="calls-empty">
            {t('calls.empty')}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" striped highlightOnHover layout="fixed" data-testid="call-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={250}>{t('calls.company')}</Table.Th>
                  <Table.Th w={60}>{t('calls.tier')}</Table.Th>
                  <Table.Th w={90} ta="right">{t('calls.probability')}</Table.Th>
                  <Table.Th w={120} ta="right">{t('calls.atStake')}</Table.Th>
                  <Table.Th w={150}>{t('calls.phone')}</Table.Th>
                  <Table.Th>{t('calls.reasons')}</Table.Th>
                  <Table.Th w={56} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.customerId} data-customer-id={r.customerId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${r.customerId}`} fw={600} size="sm" aria-label={t('calls.open', { name: r.companyName })}>
                        {r.companyName}
                      </Anchor>
                      <Group gap={4} mt={2}>
                        <StageBadge stage={r.stage} size="xs" />
                      </Group>
                    </Table.Td>
                    <Table.Td><TierBadge tier={r.tier} /></Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" fw={600} c={r.probability < ctx.snapshot.settings.callListProbability ? 'red.7' : undefined}>
                        {f.percent(r.probability)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{fmt.money(r.revenuePerEdition, currency)}</Table.Td>
                    <Table.Td>
                      {r.phone ? (
                        <Anchor href={`tel:${r.phone}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {r.phone}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">—</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <List size="sm" spacing={2} data-testid="call-reasons">
                        {r.reasons.map((x, i) => (
                          <List.Item key={i} data-reason={x.kind}>
                            {reason(x)}
                          </List.Item>
                        ))}
                      </List>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('calls.logCall')} withinPortal>
                        <ActionIcon variant="light" size="lg" aria-label={t('calls.logCall')} onClick={() => setCalling(r)} data-testid="log-call">
                          <IconPhoneCall size={18} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Pager offset={offset} limit={LIMIT} total={total} onChange={setOffset} />
      <LogInteractionModal
        opened={calling !== null}
        onClose={() => setCalling(null)}
        customer={calling ? { id: calling.customerId, name: calling.companyName } : undefined}
      />
    </Stack>
  );
}
