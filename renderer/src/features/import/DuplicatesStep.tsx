import { Anchor, Center, Group, Loader, Select, SegmentedControl, Stack, Text } from '@mantine/core';
import { DUPLICATE_DECISIONS, type DuplicateDecision, type ImportRowResult } from '@shared/api/imports';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { ErrorState } from '../../components/ErrorState';
import { Pager } from '../../components/Pager';
import { RowsTable, shownFields } from './RowsTable';
import type { ImportFlow } from './useImportFlow';

const PAGE = 50;
const AS_DEFAULT = '__default';

/** The decisions of the flow, kept here so every call can send the complete picture. */
export interface Decisions {
  default: DuplicateDecision;
  /** Rows with their own decision (null: as for all). */
  rows: Map<number, DuplicateDecision | null>;
  /** Rows matching several stored customers: the one to update (else the first, the best match). */
  targets: Map<number, string>;
}

/**
 * Step 7: rows that match a customer of the workspace or an earlier row of the file, with one
 * choice for all and a choice per row. The backend keeps per-row choices once set, so a row put
 * back to "as for all" is sent with the current default each time.
 */
export function DuplicatesStep({ flow, decisions, setDecisions }: { flow: ImportFlow; decisions: Decisions; setDecisions: (d: Decisions) => void }) {
  const { t, i18n } = useTranslation('imports');
  const { preview, opened } = flow;
  const [offset, setOffset] = useState(0);
  const [saving, setSaving] = useState(false);
  const sessionId = opened?.sessionId ?? '';
  const input = { sessionId, filter: 'duplicates' as const, offset, limit: PAGE };
  const q = useQuery({
    queryKey: ['imports.validate', input, flow.revision, i18n.language],
    queryFn: () => call('imports.validate', input),
    enabled: !!sessionId,
    placeholderData: (prev) => prev,
  });
  if (!preview || !opened) return null;

  const send = async (next: Decisions) => {
    setDecisions(next);
    setSaving(true);
    try {
      await call('imports.setDecisions', {
        sessionId,
        default: next.default,
        rows: [...new Set([...next.rows.keys(), ...next.targets.keys()])].map((row) => {
          const customerId = next.targets.get(row);
          return { row, decision: next.rows.get(row) ?? next.default, ...(customerId ? { customerId } : {}) };
        }),
      });
    } finally {
      setSaving(false);
    }
  };
  const decisionOptions = DUPLICATE_DECISIONS.map((d) => ({ value: d, label: t(`duplicates.decisions.${d}`) }));
  const matches = (r: ImportRowResult) => {
    const decision = decisions.rows.get(r.row) ?? decisions.default;
    const stored = r.duplicates.filter((d) => d.source === 'workspace' && d.customerId);
    const updates = decision === 'update' || decision === 'overwrite';
    // Which stored customer the row's values go to: the chosen one, else the best match (listed first).
    // A choice no longer among the matches (another mapping, the workspace changed) is not shown:
    // the backend then takes the best match too.
    const chosen = decisions.targets.get(r.row);
    const target = updates ? (chosen && stored.some((d) => d.customerId === chosen) ? chosen : (stored[0]?.customerId ?? null)) : null;
    return (
      <Stack gap={2}>
        {r.duplicates.map((d, i) => (
          <Text key={i} size="xs" fw={d.customerId && d.customerId === target ? 600 : undefined}>
            {d.source === 'workspace' && d.customerId ? (
              <Anchor component={Link} to={`/customers/${d.customerId}`} size="xs" target="_blank">
                {d.companyName}
              </Anchor>
            ) : (
              <>
                {t('duplicates.inFileRow', { row: d.row })} {d.companyName}
              </>
            )}{' '}
            <Text span size="xs" c="dimmed">
              {i18n.language === 'zh' ? '（' : '('}
              {d.reasons.map((x) => t(`duplicates.reasons.${x}`)).join(i18n.language === 'zh' ? '、' : ', ')}
              {i18n.language === 'zh' ? '）' : ')'}
            </Text>
            {d.customerId && d.customerId === target && (
              <Text span size="xs" c="teal" fw={600}>
                {' '}
                {t('duplicates.willUpdate')}
              </Text>
            )}
          </Text>
        ))}
        <Select
          size="xs"
          mt={4}
          aria-label={`${t('duplicates.perRow')} ${r.row}`}
          data={[{ value: AS_DEFAULT, label: i18n.language === 'zh' ? `${t('duplicates.useDefault')}（${t(`duplicates.decisions.${decisions.default}`)}）` : `${t('duplicates.useDefault')} (${t(`duplicates.decisions.${decisions.default}`)})` }, ...decisionOptions]}
          value={decisions.rows.get(r.row) ?? AS_DEFAULT}
          onChange={(v) => {
            const rows = new Map(decisions.rows);
            rows.set(r.row, !v || v === AS_DEFAULT ? null : (v as DuplicateDecision));
            void send({ ...decisions, rows });
          }}
          allowDeselect={false}
          w={220}
          data-testid={`decision-${r.row}`}
        />
        {updates && stored.length > 1 && (
          <Select
            size="xs"
            mt={4}
            label={t('duplicates.whichCustomer')}
            data={stored.map((d) => ({ value: d.customerId!, label: d.companyName }))}
            value={target}
            onChange={(v) => {
              if (!v) return;
              const targets = new Map(decisions.targets);
              targets.set(r.row, v);
              void send({ ...decisions, targets });
            }}
            allowDeselect={false}
            w={260}
            data-testid={`target-${r.row}`}
          />
        )}
      </Stack>
    );
  };

  if (preview.summary.duplicates === 0)
    return (
      <Text c="dimmed" p="md" data-testid="no-duplicates">
        {t('duplicates.none')}
      </Text>
    );
  const data = q.data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('duplicates.intro')}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('duplicates.forAll')}
        </Text>
        <Group gap="sm">
          <SegmentedControl
            data={decisionOptions}
            value={decisions.default}
            onChange={(v) => void send({ ...decisions, default: v as DuplicateDecision })}
            data-testid="decision-all"
          />
          {saving && <Loader size="xs" />}
        </Group>
        <Text size="xs" c="dimmed">
          {t(`duplicates.decisionHelp.${decisions.default}`)}
        </Text>
      </Stack>
      {data && <Pager offset={offset} limit={PAGE} total={data.total} onChange={setOffset} />}
      {q.isPending ? (
        <Center p="lg">
          <Loader />
        </Center>
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        data && <RowsTable rows={data.rows} fields={shownFields(preview.mapping)} extra={{ header: t('duplicates.matches'), cell: matches }} />
      )}
    </Stack>
  );
}
