import { Autocomplete, Chip, Group, Input, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { CustomerFacets } from '@shared/api/customers';
import { CUSTOMER_KINDS, PARTNER_TYPES, SIZE_BANDS, type CustomerKind, type PartnerType, type SizeBand } from '@shared/domain/customer';
import { useTranslation } from 'react-i18next';
import { autocompleteProps, textProps } from './fieldBinding';
import type { CustomerFormState } from './useCustomerForm';

/** Who the company is and what it does: identity, roles, business and scale (DOMAIN §1 static). */
export function CompanySection({ form, facets }: { form: CustomerFormState; facets: CustomerFacets | undefined }) {
  const { t } = useTranslation('customerProfile');
  const { values } = form;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('sections.company')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.companyName')}
            placeholder={t('placeholders.companyName')}
            withAsterisk
            autoFocus
            {...textProps(form, 'companyName')}
          />
          <TextInput label={t('fields.legalName')} description={t('fields.legalNameHint')} {...textProps(form, 'legalName')} />
        </SimpleGrid>
        <Input.Wrapper label={t('fields.kinds')} description={t('fields.kindsHint')}>
          <Chip.Group multiple value={values.kinds} onChange={(v) => form.set('kinds', v as CustomerKind[])}>
            <Group gap="xs" mt={6}>
              {CUSTOMER_KINDS.map((k) => (
                <Chip key={k} value={k} size="sm">
                  {t(`common:kinds.${k}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        {values.kinds.includes('partner') && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('fields.partnerType')}
              placeholder={t('fields.choose')}
              clearable
              data={PARTNER_TYPES.map((p) => ({ value: p, label: t(`common:partnerTypes.${p}`) }))}
              value={values.partnerType}
              onChange={(v) => form.set('partnerType', v as PartnerType | null)}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label={t('fields.industry')}
            placeholder={t('placeholders.industry')}
            data={facets?.industries ?? []}
            limit={12}
            {...autocompleteProps(form, 'industry')}
          />
          <Select
            label={t('fields.sizeBand')}
            placeholder={t('fields.choose')}
            clearable
            data={SIZE_BANDS.map((s) => ({ value: s, label: t(`common:sizeBands.${s}`) }))}
            value={values.sizeBand}
            onChange={(v) => form.set('sizeBand', v as SizeBand | null)}
          />
        </SimpleGrid>
        <Textarea label={t('fields.mainBusiness')} autosize minRows={2} maxRows={6} {...textProps(form, 'mainBusiness')} />
        <Textarea label={t('fields.products')} autosize minRows={2} maxRows={8} {...textProps(form, 'products')} />
        <Textarea
          label={t('fields.scaleNotes')}
          description={t('fields.scaleNotesHint')}
          autosize
          minRows={2}
          maxRows={6}
          {...textProps(form, 'scaleNotes')}
        />
      </Stack>
    </Paper>
  );
}
