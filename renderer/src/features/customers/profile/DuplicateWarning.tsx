import { Alert, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import type { InputOf } from '@shared/api';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import type { FormValues } from './customerFormModel';
import { DuplicateList } from './DuplicateList';

type Query = InputOf<'customers.duplicates'>;

/** What of the form identifies a firm; blank and too-short values are left out. */
function queryOf(v: FormValues, excludeId: string | undefined): Query {
  const val = (s: string, min = 1) => (s.trim().length >= min ? s.trim() : undefined);
  const contactEmails = v.contacts.map((c) => c.email.trim()).filter((s) => s.includes('@'));
  const contactPhones = v.contacts.map((c) => c.phone.trim()).filter((s) => s.replace(/\D/g, '').length >= 6);
  const q: Query = {
    companyName: val(v.companyName, 2)?.slice(0, 200),
    email: v.email.includes('@') ? val(v.email)?.slice(0, 254) : undefined,
    website: val(v.website, 4)?.slice(0, 300),
    phone: v.phone.replace(/\D/g, '').length >= 6 ? val(v.phone)?.slice(0, 40) : undefined,
    contactEmails: contactEmails.length ? contactEmails.slice(0, 50).map((s) => s.slice(0, 254)) : undefined,
    contactPhones: contactPhones.length ? contactPhones.slice(0, 50).map((s) => s.slice(0, 40)) : undefined,
    excludeId,
  };
  return Object.fromEntries(Object.entries(q).filter(([, x]) => x !== undefined)) as Query;
}

/**
 * Warns while typing that the firm may already be on file. The query waits for a pause in
 * typing, so a fast typist sends one request, not one per key.
 */
export function DuplicateWarning({ values, excludeId }: { values: FormValues; excludeId?: string }) {
  const { t } = useTranslation('customerProfile');
  const [json] = useDebouncedValue(JSON.stringify(queryOf(values, excludeId)), 400);
  const query = JSON.parse(json) as Query;
  const hasTerms = Object.keys(query).some((k) => k !== 'excludeId');
  const dups = useApi('customers.duplicates', query, { enabled: hasTerms, placeholderData: keepPreviousData });
  const items = hasTerms ? (dups.data ?? []) : [];
  if (items.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconCopy />} title={t('duplicates.title')} data-testid="duplicate-warning">
      <Text size="sm" mb="xs">
        {t('duplicates.body')}
      </Text>
      <DuplicateList items={items} />
    </Alert>
  );
}
