import { Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { INTERACTION_TYPES, type InteractionType } from '@shared/domain/interaction';
import { useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, DateTimeFields } from './DateFields';
import type { InteractionFormValues } from './interactionFormModel';
import { TYPE_LOOK } from './interactionTypes';

/**
 * The fields of one interaction. Keyboard first: Enter in any field saves (Shift+Enter adds a
 * line to the summary); the customer field, when shown, comes first.
 */
export function InteractionForm({
  values,
  onChange,
  errors,
  currency,
  customerField,
  focusSummary,
  onSubmit,
  footer,
}: {
  values: InteractionFormValues;
  onChange: (patch: Partial<InteractionFormValues>) => void;
  errors: Record<string, string>;
  currency: string;
  customerField?: ReactNode;
  /** Start typing the summary at once (the customer is already known). */
  focusSummary?: boolean;
  onSubmit: () => void;
  footer: ReactNode;
}) {
  const { t } = useTranslation('interactions');
  const form = useRef<HTMLFormElement>(null);
  const TypeIcon = TYPE_LOOK[values.type].icon;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form ref={form} onSubmit={submit} noValidate data-testid="interaction-form">
      <Stack gap="sm">
        {customerField}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateTimeFields label={t('log.at')} value={values.at} onChange={(at) => onChange({ at })} error={errors.at} />
          <Select
            label={t('log.type')}
            data={INTERACTION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))}
            value={values.type}
            onChange={(v) => v && onChange({ type: v as InteractionType })}
            allowDeselect={false}
            leftSection={<TypeIcon size={16} color={`var(--mantine-color-${TYPE_LOOK[values.type].color}-6)`} />}
            renderOption={({ option }) => {
              const look = TYPE_LOOK[option.value as InteractionType];
              return (
                <Group gap="xs" wrap="nowrap">
                  <look.icon size={16} color={`var(--mantine-color-${look.color}-6)`} />
                  {option.label}
                </Group>
              );
            }}
            error={errors.type}
            data-testid="interaction-type"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('log.direction')}
            </Text>
            <SegmentedControl
              fullWidth
              size="sm"
              value={values.direction || 'none'}
              onChange={(v) => onChange({ direction: v === 'none' ? '' : (v as 'inbound' | 'outbound') })}
              data={[
                { value: 'none', label: t('directions.none') },
                { value: 'inbound', label: t('directions.inbound') },
                { value: 'outbound', label: t('directions.outbound') },
              ]}
            />
          </Stack>
          <TextInput label={t('log.staff')} value={values.staff} onChange={(e) => onChange({ staff: e.currentTarget.value })} error={errors.staff} />
        </SimpleGrid>
        <Textarea
          label={t('log.summary')}
          placeholder={t('log.summaryPlaceholder')}
          autosize
          minRows={2}
          maxRows={8}
          required
          value={values.summary}
          onChange={(e) => onChange({ summary: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              form.current?.requestSubmit();
            }
          }}
          error={errors.summary}
          data-autofocus={focusSummary || undefined}
          // The form may mount after the modal opened (settings load first): focus on mount too.
          autoFocus={focusSummary}
        />
        <TextInput
          label={t('log.outcome')}
          placeholder={t('log.outcomePlaceholder')}
          value={values.outcome}
          onChange={(e) => onChange({ outcome: e.currentTarget.value })}
          error={errors.outcome}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('log.cost', { currency })}
            description={t('log.costHint')}
            min={0}
            decimalScale={2}
            thousandSeparator=","
            allowNegative={false}
            value={values.cost}
            onChange={(v) => onChange({ cost: v })}
            error={errors.cost}
          />
          <DateField
            label={t('log.followUpOn')}
            description={'\u00a0'}
            value={values.followUpOn}
            onChange={(followUpOn) => onChange({ followUpOn })}
            error={errors.followUpOn}
            clearable
          />
        </SimpleGrid>
        {footer}
      </Stack>
    </form>
  );
}
