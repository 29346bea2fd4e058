import { Anchor, Select } from '@mantine/core';
import type { EditionSummary } from '@shared/api/exhibitions';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { apiKey, useApi } from '../../api/hooks';

/** Chooses an edition, grouped by exhibition (organisers run one to three, so all are listed). */
export function EditionPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('exhibitions');
  const exhibitions = useApi('exhibitions.list', {});
  const editions = useQueries({
    queries: (exhibitions.data ?? []).map((x) => ({
      queryKey: apiKey('editions.list', { exhibitionId: x.id }),
      queryFn: () => call('editions.list', { exhibitionId: x.id }),
    })),
  });
  // The current exhibition first: it is the one the user works on.
  const ordered = [...(exhibitions.data ?? [])].map((x, i) => ({ x, e: editions[i]?.data as EditionSummary[] | undefined }));
  ordered.sort((a, b) => Number(b.x.current) - Number(a.x.current));
  const data = ordered
    .filter(({ e }) => e && e.length > 0)
    .map(({ x, e }) => ({ group: x.name, items: e!.map((ed) => ({ value: ed.id, label: ed.name })) }));
  // Nothing to choose yet: say so and point to where editions are made, not an empty list.
  const loaded = exhibitions.data !== undefined && editions.every((q) => q.data !== undefined);
  const none = loaded && data.length === 0;
  return (
    <Select
      label={t('participation.edition')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      withAsterisk
      error={error}
      disabled={none}
      placeholder={none ? t('participation.noEditions') : undefined}
      description={
        none ? (
          <Anchor component={Link} to="/exhibitions" size="xs" data-testid="create-edition-link">
            {t('participation.createEdition')}
          </Anchor>
        ) : undefined
      }
    />
  );
}
