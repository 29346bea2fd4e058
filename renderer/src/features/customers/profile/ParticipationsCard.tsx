import { Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { CustomerParticipation } from '@shared/api/customerPage';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityFormat } from '../../interactions/activityFormat';
import { ParticipationModal, StatusBadge } from '../../participations';
import { namesExhibition } from '@shared/domain/exhibition';
import { Card } from './ProfileCards';

/** The customer's editions, latest first; a row opens the participation for editing. */
export function ParticipationsCard({
  customerId,
  participations,
  currency,
  readOnly,
}: {
  customerId: string;
  participations: CustomerParticipation[];
  currency: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation('interactions');
  const f = useActivityFormat();
  const [adding, setAdding] = useState(false);
  const [editId, setEditId] = useState<string | null>(null);
  const title = (
    <Group justify="space-between" wrap="nowrap">
      <span>
        {t('participations.title')} ({participations.length})
      </span>
      {!readOnly && (
        <Button size="compact-xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="add-to-edition">
          {t('participations.addToEdition')}
        </Button>
      )}
    </Group>
  );
  return (
    <Card title={title} testId="card-participations">
      {participations.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('participations.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {participations.map((p) => {
            const facts = [
              !namesExhibition(p.editionName, p.exhibitionName) && p.exhibitionName,
              t(`participation.role.${p.role}`),
              p.standArea !== null && t('participations.area', { area: f.number(p.standArea) }),
              p.revenue !== null && f.amount(p.revenue, currency),
              p.satisfaction !== null && t('participations.satisfaction', { score: p.satisfaction }),
            ].filter(Boolean);
            return (
              <UnstyledButton
                key={p.id}
                onClick={() => setEditId(p.id)}
                disabled={readOnly}
                data-testid="participation-row"
                style={{ borderRadius: 4 }}
                p={4}
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {p.editionName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {facts.join(' · ')}
                    </Text>
                  </div>
                  <StatusBadge status={p.status} />
                </Group>
              </UnstyledButton>
            );
          })}
        </Stack>
      )}
      <ParticipationModal opened={adding} onClose={() => setAdding(false)} customerId={customerId} />
      <ParticipationModal opened={editId !== null} onClose={() => setEditId(null)} participationId={editId ?? undefined} />
    </Card>
  );
}
