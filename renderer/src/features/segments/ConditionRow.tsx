import { ActionIcon, Checkbox, Group, MultiSelect, NumberInput, Paper, Select, Stack, TagsInput, Text } from '@mantine/core';
import type { ConditionType } from '@shared/domain/segment';
import { CUSTOMER_KINDS, SCREENING_STATUSES, SIZE_BANDS } from '@shared/domain/customer';
import { translateError, type Language } from '@shared/i18n/errors';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { checkCondition, newCondition, type DraftCondition } from './draft';
import { useBuilderChoices } from './useBuilderChoices';

// One condition of the builder: which fact, then the inputs its type needs.

const SECTIONS: [section: 'profile' | 'participation' | 'contact', types: ConditionType[]][] = [
  ['profile', ['kind', 'industry', 'country', 'region', 'sizeBand', 'tag', 'screening']],
  ['participation', ['tookPart', 'notTookPart', 'editionsAttended', 'revenue', 'standArea', 'satisfaction']],
  ['contact', ['lastContact', 'openComplaint']],
];

const UNFINISHED = new Set(['err.segmentPickOne', 'err.segmentRangeEmpty', 'err.segmentPickEdition']);

interface Props {
  cond: DraftCondition;
  onChange: (c: DraftCondition) => void;
  onRemove: () => void;
}

export function ConditionRow({ cond, onChange, onRemove }: Props) {
  const { t, i18n } = useTranslation('segments');
  const set = (patch: Partial<DraftCondition>) => onChange({ ...cond, ...patch });
  const check = checkCondition(cond);
  // A row with nothing entered yet is unfinished, not wrong: said quietly, not as an error.
  const untouched = !check.ok && UNFINISHED.has(check.message);
  const error = (field: string) =>
    !check.ok && !untouched && check.field === field ? translateError(check.message, i18n.language as Language) : undefined;

  const typeSelect = (
    <Select
      aria-label={t('condition.field')}
      w={230}
      allowDeselect={false}
      value={cond.type}
      data={SECTIONS.map(([section, types]) => ({
        group: t(`sections.${section}`),
        items: types.map((ty) => ({ value: ty, label: t(`types.${ty}`) })),
      }))}
      onChange={(v) => v && v !== cond.type && onChange({ ...newCondition(v as ConditionType), key: cond.key })}
      data-testid="condition-type"
    />
  );

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="condition-row">
      <Group align="flex-start" gap="sm" wrap="nowrap">
        {typeSelect}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <ConditionInputs cond={cond} set={set} error={error} />
          <Text size="xs" c={untouched ? 'orange.8' : 'dimmed'}>
            {!check.ok && untouched ? t('condition.unfinished') : hint(cond, t)}
          </Text>
        </Stack>
        <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('condition.remove')} mt={4}>
          <IconX size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}

type T = ReturnType<typeof useTranslation<'segments'>>['t'];

function hint(c: DraftCondition, t: T): string {
  switch (c.type) {
    case 'tookPart':
    case 'notTookPart':
      return c.anyStatus ? t('hints.tookPartAny') : t('hints.tookPart');
    case 'editionsAttended':
      return t('hints.editionsAttended');
    case 'revenue':
      return t('hints.revenue');
    case 'standArea':
      return c.measure === 'max' ? t('hints.standAreaMax') : t('hints.standAreaTotal');
    case 'satisfaction':
      return c.measure === 'average' ? t('hints.satisfactionAverage') : t('hints.satisfactionLatest');
    case 'lastContact':
      return c.op === 'olderThan' ? t('hints.olderThan') : t('hints.within');
    case 'openComplaint':
      return '';
    default:
      return t('hints.anyOf');
  }
}

function ConditionInputs({
  cond,
  set,
  error,
}: {
  cond: DraftCondition;
  set: (p: Partial<DraftCondition>) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('segments');
  const choices = useBuilderChoices();
  const enumSelect = (options: { value: string; label: string }[]) => (
    <MultiSelect
      aria-label={t(`types.${cond.type}`)}
      placeholder={cond.values.length ? undefined : t('condition.choose')}
      data={options}
      value={cond.values}
      onChange={(values) => set({ values })}
      error={error('values')}
      clearable
    />
  );
  const free = (options: string[]) => (
    <TagsInput
      aria-label={t(`types.${cond.type}`)}
      placeholder={cond.values.length ? undefined : t('condition.choose')}
      data={options}
      value={cond.values}
      onChange={(values) => set({ values })}
      error={error('values')}
      clearable
      acceptValueOnBlur
    />
  );
  const range = (opts: { step?: number; decimals?: number; max?: number }) => (
    <Group gap="xs" wrap="nowrap">
      {(['min', 'max'] as const).map((f) => (
        <NumberInput
          key={f}
          w={130}
          aria-label={`${t(`types.${cond.type}`)} ${t(`condition.${f}`)}`}
          leftSection={<Text size="xs" c="dimmed">{t(`condition.${f}`)}</Text>}
          leftSectionWidth={36}
          min={0}
          max={opts.max}
          step={opts.step ?? 1}
          decimalScale={opts.decimals ?? 0}
          allowNegative={false}
          value={cond[f]}
          onChange={(v) => set({ [f]: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
          error={error(f)}
        />
      ))}
    </Group>
  );
  const measure = (options: string[]) => (
    <Select
      w={110}
      aria-label={t(`types.${cond.type}`)}
      allowDeselect={false}
      data={options.map((m) => ({ value: m, label: t(`measure.${m}` as 'measure.total') }))}
      value={cond.measure}
      onChange={(v) => v && set({ measure: v })}
    />
  );

  switch (cond.type) {
    case 'kind':
      return enumSelect(CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`common:kinds.${k}`) })));
    case 'sizeBand':
      return enumSelect(SIZE_BANDS.map((k) => ({ value: k, label: t(`common:sizeBands.${k}`) })));
    case 'screening':
      return enumSelect(SCREENING_STATUSES.map((k) => ({ value: k, label: t(`common:screening.${k}`) })));
    case 'industry':
      return free(choices.facets?.industries ?? []);
    case 'country':
      return free(choices.facets?.countries ?? []);
    case 'region':
      return free(choices.facets?.regions ?? []);
    case 'tag':
      return free(choices.facets?.tags ?? []);
    case 'tookPart':
    case 'notTookPart':
      return (
        <Stack gap={6}>
          <Select
            aria-label={t('condition.edition')}
            placeholder={choices.editions.length ? t('condition.choose') : t('condition.noEditions')}
            data={choices.editions.map((e) => ({ value: e.id, label: `${e.exhibitionName} · ${e.name}` }))}
            value={cond.editionId}
            onChange={(v) => set({ editionId: v })}
            searchable
            nothingFoundMessage={t('condition.noEditions')}
            error={error('editionId')}
            data-testid="edition-select"
          />
          <Checkbox size="xs" label={t('condition.anyStatus')} checked={cond.anyStatus} onChange={(e) => set({ anyStatus: e.currentTarget.checked })} />
        </Stack>
      );
    case 'editionsAttended':
      return range({ max: 1000 });
    case 'revenue':
      return range({ step: 1000, decimals: 2 });
    case 'standArea':
      return (
        <Group gap="xs" wrap="nowrap">
          {measure(['total', 'max'])}
          {range({ step: 9, decimals: 2 })}
        </Group>
      );
    case 'satisfaction':
      return (
        <Group gap="xs" wrap="nowrap">
          {measure(['latest', 'average'])}
          {range({ max: 10, decimals: 1 })}
        </Group>
      );
    case 'lastContact':
      return (
        <Group gap="xs" wrap="nowrap">
          <Select
            w={220}
            aria-label={t('types.lastContact')}
            allowDeselect={false}
            data={(['olderThan', 'within'] as const).map((o) => ({ value: o, label: t(`lastContact.${o}`) }))}
            value={cond.op}
            onChange={(v) => v && set({ op: v as DraftCondition['op'] })}
          />
          <NumberInput
            w={110}
            aria-label={t('condition.days')}
            rightSection={<Text size="xs" c="dimmed">{t('condition.days')}</Text>}
            rightSectionWidth={44}
            min={0}
            max={36500}
            allowNegative={false}
            allowDecimal={false}
            value={cond.days}
            onChange={(v) => set({ days: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
            error={error('days')}
          />
        </Group>
      );
    case 'openComplaint':
      return (
        <Select
          w={240}
          aria-label={t('types.openComplaint')}
          allowDeselect={false}
          data={[
            { value: 'yes', label: t('complaint.has') },
            { value: 'no', label: t('complaint.hasNot') },
          ]}
          value={cond.has ? 'yes' : 'no'}
          onChange={(v) => set({ has: v !== 'no' })}
        />
      );
  }
}
