import { Center, Loader, Modal, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { ParticipationDetail } from '@shared/api/participations';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { ParticipationForm } from './ParticipationForm';

export interface ParticipationModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this participation; without it, a new one is added. */
  participationId?: string;
  /** Adding for this customer (the customer page): the customer is fixed, the edition is chosen. */
  customerId?: string;
  /** Adding to this edition (the edition page): the edition is fixed, the customer is chosen. */
  editionId?: string;
  onSaved?: (p: ParticipationDetail) => void;
}

/**
 * Adds or edits a participation (a customer in an edition). Used by the edition page and the
 * customer page; it refreshes their data through the backend's change events.
 */
export function ParticipationModal({ opened, onClose, participationId, customerId, editionId, onSaved }: ParticipationModalProps) {
  const { t } = useTranslation('exhibitions');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      centered
      title={participationId ? <EditTitle id={participationId} /> : t('participation.addTitle')}
    >
      {opened &&
        (participationId ? (
          <EditBody id={participationId} onClose={onClose} onSaved={onSaved} />
        ) : (
          <ParticipationForm
            customerId={customerId}
            editionId={editionId}
            onCancel={onClose}
            onSaved={(p) => {
              notifications.show({ color: 'teal', message: t('participation.created') });
              onSaved?.(p);
              onClose();
            }}
          />
        ))}
    </Modal>
  );
}

function EditTitle({ id }: { id: string }) {
  const { t } = useTranslation('exhibitions');
  const p = useApi('participations.get', { id });
  return <>{p.data ? t('participation.editTitle', { name: `${p.data.customerName} · ${p.data.editionName}` }) : ''}</>;
}

function EditBody({ id, onClose, onSaved }: { id: string; onClose: () => void; onSaved?: (p: ParticipationDetail) => void }) {
  const { t } = useTranslation('exhibitions');
  const p = useApi('participations.get', { id });
  if (p.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (p.isError) return <ErrorState error={p.error} onRetry={() => void p.refetch()} />;
  const remove = () =>
    modals.openConfirmModal({
      title: <Text fw={600}>{t('participation.delete')}</Text>,
      centered: true,
      children: <Text size="sm">{t('participation.deleteConfirm')}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void call('participations.delete', { id })
          .then(() => {
            notifications.show({ color: 'teal', message: t('delete.deleted') });
            onClose();
          })
          .catch((e: Error) => notifications.show({ color: 'red', message: e.message })),
    });
  return (
    <ParticipationForm
      // A newer version (saved elsewhere) restarts the form from it.
      key={p.data.version}
      existing={p.data}
      onCancel={onClose}
      onDelete={remove}
      onSaved={(saved) => {
        notifications.show({ color: 'teal', message: t('saved') });
        onSaved?.(saved);
        onClose();
      }}
    />
  );
}
