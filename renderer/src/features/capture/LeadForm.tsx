import { Button, Group, Kbd, Paper, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { LEAD_TEMPERATURES, type LeadTemperature } from '@shared/domain/interaction';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDraft } from './captureModel';
import type { LeadCapture } from './useLeadCapture';

const TEMPERATURE_COLORS: Record<LeadTemperature, string> = { hot: 'red', warm: 'orange', cold: 'blue' };
const TEMPERATURE_KEYS: Record<LeadTemperature, string> = { hot: 'H', warm: 'W', cold: 'C' };

/** The lead's fields, large for a tablet or a laptop on a stand counter, in typing order. */
export function LeadForm({
  lead,
  categories,
  companyRef,
  onSave,
}: {
  lead: LeadCapture;
  categories: string[];
  companyRef: Ref<HTMLInputElement>;
  onSave: () => void;
}) {
  const { t } = useTranslation('capture');
  const { draft, update, errors } = lead;
  const err = (f: keyof LeadDraft) => errors.server[f] ?? (errors.keys[f] ? t(errors.keys[f]) : undefined);
  const text = (f: 'company' | 'person' | 'title' | 'phone' | 'email' | 'interest') => ({
    value: draft[f],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => update(f, e.currentTarget.value),
    error: err(f),
    'data-path': f,
    size: 'lg' as const,
    autoComplete: 'off',
  });

  return (
    <Paper withBorder radius="md" p="lg" data-testid="lead-form">
      <Stack gap="md">
        <TextInput
          {...text('company')}
          ref={companyRef}
          label={t('fields.company')}
          data-autofocus
          autoFocus
          styles={{ input: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 600 } }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput {...text('person')} label={t('fields.person')} />
          <TextInput {...text('title')} label={t('fields.title')} />
          <TextInput {...text('phone')} label={t('fields.phone')} type="tel" inputMode="tel" />
          <TextInput {...text('email')} label={t('fields.email')} type="email" inputMode="email" />
        </SimpleGrid>
        <TextInput {...text('interest')} label={t('fields.interest')} placeholder={t('fields.interestPlaceholder')} />
        <TagsInput
          size="lg"
          label={t('fields.categories')}
          placeholder={draft.categories.length ? undefined : t('fields.categoriesPlaceholder')}
          data={categories}
          value={draft.categories}
          onChange={(v) => update('categories', v)}
          maxTags={20}
          clearable
          data-path="categories"
          error={errors.server['categories'] ?? errors.server['categories.0']}
          comboboxProps={{ withinPortal: true }}
        />
        <div>
          <Text size="lg" fw={500} mb={4} id="temperature-label">
            {t('fields.temperature')}
          </Text>
          <SegmentedControl
            fullWidth
            size="lg"
            aria-labelledby="temperature-label"
            data-testid="temperature"
            value={draft.temperature}
            color={TEMPERATURE_COLORS[draft.temperature]}
            onChange={(v) => update('temperature', v as LeadTemperature)}
            data={LEAD_TEMPERATURES.map((v) => ({
              value: v,
              label: (
                <Group gap={8} justify="center" wrap="nowrap">
                  <span>{t(`temperature.${v}`)}</span>
                  <Kbd size="xs">Alt+{TEMPERATURE_KEYS[v]}</Kbd>
                </Group>
              ),
            }))}
          />
        </div>
        <Textarea
          size="lg"
          label={t('fields.note')}
          placeholder={t('fields.notePlaceholder')}
          value={draft.note}
          onChange={(e) => update('note', e.currentTarget.value)}
          error={err('note')}
          autosize
          minRows={2}
          maxRows={5}
          data-path="note"
          data-no-card
        />
        <Group justify="space-between">
          <Button
            size="lg"
            color="teal"
            leftSection={<IconDeviceFloppy size={22} />}
            rightSection={<Kbd>{t('saveHint')}</Kbd>}
            loading={lead.saving}
            onClick={onSave}
            data-testid="save-lead"
          >
            {t('save')}
          </Button>
          <Button size="lg" variant="subtle" color="gray" onClick={lead.clear} tabIndex={-1}>
            {t('clear')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
