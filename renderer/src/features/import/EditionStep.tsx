import { Alert, Anchor, Select, Stack, Text } from '@mantine/core';
import type { EditionSummary } from '@shared/api/exhibitions';
import { editionLabel } from '@shared/domain/exhibition';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { apiKey, useApi } from '../../api/hooks';
import type { ImportFlow } from './useImportFlow';

const NONE = '__none';

/** Step 4 (optional): the edition imported participations attach to. */
export function EditionStep({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation('imports');
  const exhibitions = useApi('exhibitions.list', {});
  const editions = useQueries({
    queries: (exhibitions.data ?? []).map((x) => ({
      queryKey: apiKey('editions.list', { exhibitionId: x.id }),
      queryFn: () => call('editions.list', { exhibitionId: x.id }),
    })),
  });
  if (!flow.preview) return null;
  // The current exhibition first: it is the one the user works on.
  const ordered = (exhibitions.data ?? []).map((x, i) => ({ x, e: editions[i]?.data as EditionSummary[] | undefined }));
  ordered.sort((a, b) => Number(b.x.current) - Number(a.x.current));
  const groups = ordered
    .filter(({ e }) => e && e.length > 0)
    .map(({ x, e }) => ({ group: x.name, items: e!.map((ed) => ({ value: ed.id, label: ed.name })) }));
  const loaded = exhibitions.data !== undefined && editions.every((q) => q.data !== undefined);
  const chosen = flow.preview.editionId;
  // With its exhibition: two exhibitions may each have a "2026" edition.
  const chosenGroup = groups.find((g) => g.items.some((i) => i.value === chosen));
  const chosenName = chosenGroup ? editionLabel(chosenGroup.items.find((i) => i.value === chosen)!.label, chosenGroup.group) : undefined;
  return (
    <Stack gap="sm" maw={640}>
      <Text size="sm" c="dimmed">
        {t('edition.intro')}
      </Text>
      <Select
        label={t('edition.label')}
        data={[{ value: NONE, label: t('edition.none') }, ...groups]}
        value={chosen ?? NONE}
        onChange={(v) => void flow.update({ editionId: !v || v === NONE ? null : v })}
        allowDeselect={false}
        searchable
        disabled={!loaded}
        data-testid="import-edition"
      />
      {loaded && groups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('edition.noEditions')}{' '}
          <Anchor component={Link} to="/exhibitions" size="sm">
            {t('edition.createEdition')}
          </Anchor>
        </Text>
      )}
      {chosen && chosenName && (
        <Alert color="teal" data-testid="edition-chosen">
          {t('edition.chosen', { name: chosenName })}
        </Alert>
      )}
    </Stack>
  );
}
