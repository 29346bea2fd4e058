import { Paper, Select, SimpleGrid, Stack, TagsInput, Textarea, Title } from '@mantine/core';
import type { CustomerFacets } from '@shared/api/customers';
import { CUSTOMER_SOURCES, type CustomerSource } from '@shared/domain/customer';
import { useTranslation } from 'react-i18next';
import { textProps } from './fieldBinding';
import type { CustomerFormState } from './useCustomerForm';

/** Where the record came from, free tags (suggested from the workspace) and notes. */
export function SourceTagsSection({ form, facets }: { form: CustomerFormState; facets: CustomerFacets | undefined }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('sections.sourceTags')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('fields.source')}
            description={t('fields.sourceHint')}
            placeholder={t('fields.choose')}
            clearable
            data={CUSTOMER_SOURCES.map((s) => ({ value: s, label: t(`common:sources.${s}`) }))}
            value={form.values.source}
            onChange={(v) => form.set('source', v as CustomerSource | null)}
          />
          <TagsInput
            label={t('fields.tags')}
            description={t('fields.tagsHint')}
            placeholder={form.values.tags.length ? undefined : t('placeholders.tags')}
            data={facets?.tags ?? []}
            limit={15}
            maxTags={30}
            splitChars={[',', '，', ';', '；']}
            acceptValueOnBlur
            clearable
            value={form.values.tags}
            onChange={(v) => form.set('tags', v.map((s) => s.trim().slice(0, 40)).filter(Boolean))}
            error={form.errorOf('tags')}
          />
        </SimpleGrid>
        <Textarea label={t('fields.notes')} autosize minRows={3} maxRows={12} {...textProps(form, 'notes')} />
      </Stack>
    </Paper>
  );
}
