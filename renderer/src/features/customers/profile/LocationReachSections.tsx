import { Autocomplete, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { CustomerFacets } from '@shared/api/customers';
import { useTranslation } from 'react-i18next';
import { autocompleteProps, textProps } from './fieldBinding';
import type { CustomerFormState } from './useCustomerForm';

/** Where the company is; country and region suggest what the workspace already uses. */
export function LocationSection({ form, facets }: { form: CustomerFormState; facets: CustomerFacets | undefined }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('sections.location')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Autocomplete label={t('fields.country')} data={facets?.countries ?? []} limit={12} {...autocompleteProps(form, 'country')} />
          <Autocomplete label={t('fields.region')} data={facets?.regions ?? []} limit={12} {...autocompleteProps(form, 'region')} />
          <TextInput label={t('fields.city')} {...textProps(form, 'city')} />
        </SimpleGrid>
        <TextInput label={t('fields.address')} {...textProps(form, 'address')} />
      </Stack>
    </Paper>
  );
}

/** The company's own website, switchboard and general email (people go under contacts). */
export function ReachSection({ form }: { form: CustomerFormState }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('sections.reach')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('fields.website')} placeholder={t('placeholders.website')} {...textProps(form, 'website')} />
          <TextInput label={t('fields.phone')} placeholder={t('placeholders.phone')} type="tel" {...textProps(form, 'phone')} />
          <TextInput label={t('fields.email')} placeholder={t('placeholders.email')} {...textProps(form, 'email')} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
