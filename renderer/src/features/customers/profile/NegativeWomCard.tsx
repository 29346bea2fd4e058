import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag3, IconMoodSad } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../../api/client';
import { useActivityFormat } from '../../interactions/activityFormat';
import { DateField } from '../../interactions/DateFields';
import { toLocalInput } from '../../interactions/interactionFormModel';
import { Card } from './ProfileCards';

type Wom = { at: string; note: string | null } | null;

const refresh = (qc: ReturnType<typeof useQueryClient>) =>
  qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('customers.') });

function WomForm({ customerId, current, onClose }: { customerId: string; current: Wom; onClose: () => void }) {
  const { t } = useTranslation('interactions');
  const qc = useQueryClient();
  const [at, setAt] = useState(current?.at ?? toLocalInput(new Date()).slice(0, 10));
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function save(e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    try {
      await call('customers.setNegativeWom', { id: customerId, at, note });
      notifications.show({ color: 'orange', message: t('wom.saved') });
      await refresh(qc);
      onClose();
    } catch (err) {
      setErrors(err instanceof ApiCallError ? err.fields : { note: String(err) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => void save(e)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('wom.modalBody')}
        </Text>
        <DateField label={t('wom.date')} value={at} onChange={setAt} error={errors.at} required autoFocus />
        <Textarea
          label={t('wom.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void save();
            }
          }}
          error={errors.note}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The customer advised peers NOT to attend (DOMAIN §4: recommendation value below zero). */
export function NegativeWomCard({ customerId, wom, readOnly }: { customerId: string; wom: Wom; readOnly: boolean }) {
  const { t } = useTranslation('interactions');
  const f = useActivityFormat();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  async function clear() {
    try {
      await call('customers.setNegativeWom', { id: customerId, at: null, note: null });
      notifications.show({ color: 'teal', message: t('wom.clearedNote') });
      await refresh(qc);
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <Card title={t('wom.title')} testId="card-wom">
      {wom ? (
        <Alert color="orange" icon={<IconMoodSad />} title={t('wom.flagged', { date: f.when(wom.at) })} data-testid="wom-flag">
          {wom.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {wom.note}
            </Text>
          )}
          {!readOnly && (
            <Group gap="xs" mt="xs">
              <Button size="compact-xs" variant="light" color="orange" onClick={() => setEditing(true)}>
                {t('wom.edit')}
              </Button>
              <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void clear()} data-testid="wom-clear">
                {t('wom.clear')}
              </Button>
            </Group>
          )}
        </Alert>
      ) : (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('wom.none')}
          </Text>
          {!readOnly && (
            <Button size="compact-xs" variant="light" color="orange" leftSection={<IconFlag3 size={14} />} onClick={() => setEditing(true)} data-testid="wom-set">
              {t('wom.flag')}
            </Button>
          )}
        </Group>
      )}
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('wom.modalTitle')}>
        {editing && <WomForm customerId={customerId} current={wom} onClose={() => setEditing(false)} />}
      </Modal>
    </Card>
  );
}
