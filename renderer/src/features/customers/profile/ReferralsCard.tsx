import { Anchor, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CustomerRef, ReferredCustomer } from '@shared/api/customerPage';
import { IconUserShare } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiCallError, call } from '../../../api/client';
import { CustomerPicker, type PickedCustomer } from '../../interactions/CustomerPicker';
import { Card } from './ProfileCards';

const refresh = (qc: ReturnType<typeof useQueryClient>) =>
  qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('customers.') });

function PickReferrer({ customer, current, onClose }: { customer: CustomerRef; current: CustomerRef | null; onClose: () => void }) {
  const { t } = useTranslation('interactions');
  const qc = useQueryClient();
  const [picked, setPicked] = useState<PickedCustomer | null>(current);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  async function save(e: FormEvent) {
    e.preventDefault();
    if (!picked) return;
    setBusy(true);
    try {
      await call('customers.setReferrer', { id: customer.id, referrerId: picked.id });
      notifications.show({ color: 'teal', message: t('referrals.saved') });
      await refresh(qc);
      onClose();
    } catch (err) {
      setError(err instanceof ApiCallError ? (err.fields.referrerId ?? err.message) : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => void save(e)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('referrals.pickHint')}
        </Text>
        <CustomerPicker
          label={t('referrals.referredBy')}
          value={picked}
          onChange={(c) => {
            setPicked(c);
            setError(undefined);
          }}
          error={error}
          excludeId={customer.id}
          autoFocus
          testId="referrer-picker"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!picked}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who brought this customer, and whom it brought (DOMAIN §4: recommendation value). */
export function ReferralsCard({
  customer,
  referredBy,
  referred,
  readOnly,
}: {
  customer: CustomerRef;
  referredBy: CustomerRef | null;
  referred: ReferredCustomer[];
  readOnly: boolean;
}) {
  const { t } = useTranslation('interactions');
  const qc = useQueryClient();
  const [picking, setPicking] = useState(false);
  const converted = referred.filter((r) => r.converted).length;
  async function clear() {
    try {
      await call('customers.setReferrer', { id: customer.id, referrerId: null });
      notifications.show({ color: 'teal', message: t('referrals.cleared') });
      await refresh(qc);
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <Card title={t('referrals.title')} testId="card-referrals">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed">
              {t('referrals.referredBy')}
            </Text>
            {referredBy ? (
              <Anchor component={Link} to={`/customers/${referredBy.id}`} size="sm" fw={600} data-testid="referred-by">
                {referredBy.name}
              </Anchor>
            ) : (
              <Text size="sm" fs="italic" c="dimmed" data-testid="referred-by-none">
                {t('referrals.nobody')}
              </Text>
            )}
          </div>
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="light" leftSection={<IconUserShare size={14} />} onClick={() => setPicking(true)} data-testid="set-referrer">
                {referredBy ? t('referrals.change') : t('referrals.set')}
              </Button>
              {referredBy && (
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void clear()}>
                  {t('referrals.clear')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        <div data-testid="referred-list">
          <Text size="sm" c="dimmed" mb={4}>
            {referred.length ? t('referrals.brought', { count: referred.length }) : t('referrals.broughtNone')}
            {referred.length > 0 && ` · ${t('referrals.conversion', { converted, count: referred.length })}`}
          </Text>
          <Stack gap={4}>
            {referred.map((r) => (
              <Group key={r.id} justify="space-between" wrap="nowrap" data-testid="referred-item">
                <Anchor component={Link} to={`/customers/${r.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {r.name}
                </Anchor>
                <Badge size="sm" variant="light" color={r.converted ? 'teal' : 'gray'} style={{ flexShrink: 0 }}>
                  {r.converted ? t('referrals.converted') : t('referrals.notConverted')}
                </Badge>
              </Group>
            ))}
          </Stack>
        </div>
      </Stack>
      <Modal opened={picking} onClose={() => setPicking(false)} title={t('referrals.pickTitle', { name: customer.name })}>
        {picking && <PickReferrer customer={customer} current={referredBy} onClose={() => setPicking(false)} />}
      </Modal>
    </Card>
  );
}
