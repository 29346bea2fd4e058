import { Alert, Button, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ParticipationDetail } from '@shared/api/participations';
import {
  BOOKING_STATUSES,
  PARTICIPATION_ROLES,
  RETURN_INTENTS,
  STAND_TYPES,
  type BookingStatus,
  type ParticipationRole,
  type ReturnIntent,
  type StandType,
} from '@shared/domain/participation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useFormat } from '../../i18n/format';
import { fieldError, todayLocal } from '../exhibitions/format';
import { CustomerPicker } from './CustomerPicker';
import { EditionPicker } from './EditionPicker';
import { StatusHistory } from './StatusHistory';

type Num = string | number;
const num = (v: Num): number | null => (v === '' ? null : Number(v));
const numOrEmpty = (v: number | null | undefined): Num => v ?? '';

export interface ParticipationFormProps {
  /** The participation being edited; a new one is added when absent. */
  existing?: ParticipationDetail;
  customerId?: string;
  editionId?: string;
  onSaved: (p: ParticipationDetail) => void;
  onCancel: () => void;
  onDelete?: () => void;
}

/** Every field of a participation; a changed status is recorded with its date (and reason when cancelled). */
export function ParticipationForm({ existing: p, customerId: fixedCustomer, editionId: fixedEdition, onSaved, onCancel, onDelete }: ParticipationFormProps) {
  const { t } = useTranslation('exhibitions');
  const fmt = useFormat();
  const settings = useApi('settings.get', {});
  const currency = p?.currency ?? settings.data?.currency ?? 'CNY';
  const [customerId, setCustomerId] = useState<string | null>(p?.customerId ?? fixedCustomer ?? null);
  const [editionId, setEditionId] = useState<string | null>(p?.editionId ?? fixedEdition ?? null);
  const [role, setRole] = useState<ParticipationRole>(p?.role ?? 'exhibitor');
  const [status, setStatus] = useState<BookingStatus>(p?.status ?? 'enquiry');
  const [statusAt, setStatusAt] = useState(p?.statusAt ?? todayLocal());
  const [cancelReason, setCancelReason] = useState(p?.cancelReason ?? '');
  const [standNumber, setStandNumber] = useState(p?.standNumber ?? '');
  const [hall, setHall] = useState(p?.hall ?? '');
  const [standArea, setStandArea] = useState<Num>(numOrEmpty(p?.standArea));
  const [standType, setStandType] = useState<StandType | null>(p?.standType ?? null);
  const [listPrice, setListPrice] = useState<Num>(numOrEmpty(p?.listPrice));
  const [priceCharged, setPriceCharged] = useState<Num>(numOrEmpty(p?.priceCharged));
  const [otherRevenue, setOtherRevenue] = useState<Num>(numOrEmpty(p?.otherRevenue));
  const [satisfaction, setSatisfaction] = useState<Num>(numOrEmpty(p?.satisfaction));
  const [intent, setIntent] = useState<ReturnIntent | null>(p?.intentToReturn ?? null);
  const [feedback, setFeedback] = useState(p?.feedback ?? '');
  const [leads, setLeads] = useState<Num>(numOrEmpty(p?.leads));
  const [meetings, setMeetings] = useState<Num>(numOrEmpty(p?.meetings));
  const [notes, setNotes] = useState(p?.notes ?? '');
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);
  const err = (f: string) => fieldError(error?.fields, f);

  const list = num(listPrice);
  const charged = num(priceCharged);
  const discount = list !== null && charged !== null ? list - charged : null;
  const statusChanged = !p || status !== p.status;

  const submit = async () => {
    if (!p && (!customerId || !editionId)) {
      const fields: Record<string, string> = {};
      if (!customerId) fields.customerId = t('participation.pickCustomer');
      if (!editionId) fields.editionId = t('participation.pickEdition');
      setError(new ApiCallError({ code: 'invalid_input', message: '', fields }));
      return;
    }
    setBusy(true);
    const details = {
      role,
      standNumber,
      hall,
      standArea: num(standArea),
      standType,
      listPrice: list,
      priceCharged: charged,
      otherRevenue: num(otherRevenue),
      satisfaction: num(satisfaction),
      intentToReturn: intent,
      feedback,
      leads: num(leads),
      meetings: num(meetings),
      notes,
      status,
      statusAt: statusAt || undefined,
      cancelReason: status === 'cancelled' ? cancelReason : null,
    };
    try {
      const saved = p
        ? await call('participations.update', { id: p.id, version: p.version, patch: details })
        : await call('participations.create', {
            ...details,
            customerId: customerId!,
            editionId: editionId!,
          });
      onSaved(saved);
    } catch (e) {
      setError(e instanceof ApiCallError ? e : new ApiCallError({ code: 'internal', message: String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const section = (label: string) => <Divider label={label} labelPosition="left" />;
  // The hint goes in the placeholder: a description line would push this field out of the row.
  const moneyInput = (label: string, value: Num, set: (v: Num) => void, field: string, hint?: string) => (
    <NumberInput
      label={label}
      placeholder={hint}
      value={value}
      onChange={set}
      min={0}
      decimalScale={2}
      thousandSeparator=","
      rightSection={<Text size="xs" c="dimmed">{currency}</Text>}
      rightSectionWidth={44}
      error={err(field)}
    />
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {!p && (
          <SimpleGrid cols={{ base: 1, sm: fixedCustomer || fixedEdition ? 1 : 2 }}>
            {!fixedCustomer && <CustomerPicker value={customerId} onChange={setCustomerId} error={err('customerId')} />}
            {!fixedEdition && <EditionPicker value={editionId} onChange={setEditionId} error={err('editionId')} />}
          </SimpleGrid>
        )}
        {section(t('participation.booking'))}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('participation.role')}
            data={PARTICIPATION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as ParticipationRole)}
            allowDeselect={false}
            error={err('role')}
          />
          <Select
            label={t('participation.status')}
            data={BOOKING_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={status}
            onChange={(v) => {
              if (!v) return;
              setStatus(v as BookingStatus);
              // A new status takes effect today unless the user says otherwise.
              if (p && v !== p.status) setStatusAt(todayLocal());
              if (p && v === p.status) setStatusAt(p.statusAt);
            }}
            allowDeselect={false}
            error={err('status')}
          />
          <TextInput type="date" label={t('participation.statusAt')} value={statusAt} onChange={(e) => setStatusAt(e.currentTarget.value)} error={err('statusAt')} />
        </SimpleGrid>
        {status === 'cancelled' && (
          <TextInput
            label={t('participation.cancelReason')}
            value={cancelReason}
            onChange={(e) => setCancelReason(e.currentTarget.value)}
            error={err('cancelReason')}
            withAsterisk
            data-autofocus={statusChanged || undefined}
          />
        )}
        {section(t('participation.stand'))}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput label={t('participation.standNumber')} value={standNumber} onChange={(e) => setStandNumber(e.currentTarget.value)} error={err('standNumber')} />
          <TextInput label={t('participation.hall')} value={hall} onChange={(e) => setHall(e.currentTarget.value)} error={err('hall')} />
          <NumberInput label={t('participation.standArea')} value={standArea} onChange={setStandArea} min={0} decimalScale={2} error={err('standArea')} />
          <Select
            label={t('participation.standType')}
            data={STAND_TYPES.map((s) => ({ value: s, label: t(`standType.${s}`) }))}
            value={standType}
            onChange={(v) => setStandType(v as StandType | null)}
            clearable
            error={err('standType')}
          />
        </SimpleGrid>
        {section(t('participation.money'))}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {moneyInput(t('participation.listPrice'), listPrice, setListPrice, 'listPrice')}
          {moneyInput(t('participation.priceCharged'), priceCharged, setPriceCharged, 'priceCharged')}
          <TextInput
            label={t('participation.discount')}
            readOnly
            variant="filled"
            data-testid="discount"
            value={
              discount === null
                ? '—'
                : list
                  ? t('participation.discountValue', { amount: fmt.money(discount, currency), percent: Math.round((discount / list) * 100) })
                  : fmt.money(discount, currency)
            }
          />
          {moneyInput(t('participation.otherRevenue'), otherRevenue, setOtherRevenue, 'otherRevenue', t('participation.otherRevenueHint'))}
        </SimpleGrid>
        {section(t('participation.after'))}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <NumberInput
            label={t('participation.satisfaction')}
            description={t('participation.satisfactionHint')}
            value={satisfaction}
            onChange={setSatisfaction}
            min={0}
            max={10}
            allowDecimal={false}
            clampBehavior="none"
            error={err('satisfaction')}
          />
          <Select
            label={t('participation.intentToReturn')}
            data={RETURN_INTENTS.map((i) => ({ value: i, label: t(`intent.${i}`) }))}
            value={intent}
            onChange={(v) => setIntent(v as ReturnIntent | null)}
            clearable
            error={err('intentToReturn')}
            style={{ alignSelf: 'end' }}
          />
          <NumberInput label={t('participation.leads')} value={leads} onChange={setLeads} min={0} allowDecimal={false} error={err('leads')} style={{ alignSelf: 'end' }} />
          <NumberInput label={t('participation.meetings')} value={meetings} onChange={setMeetings} min={0} allowDecimal={false} error={err('meetings')} style={{ alignSelf: 'end' }} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('participation.feedback')} value={feedback} onChange={(e) => setFeedback(e.currentTarget.value)} autosize minRows={2} maxRows={5} error={err('feedback')} />
          <Textarea label={t('participation.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} maxRows={5} error={err('notes')} />
        </SimpleGrid>
        {p && p.history.length > 0 && <StatusHistory history={p.history} />}
        {error && Object.keys(error.fields).length === 0 && <Alert color="red">{error.message}</Alert>}
        <Group justify="space-between">
          <div>
            {p && onDelete && (
              <Button variant="subtle" color="red" onClick={onDelete}>
                {t('participation.delete')}
              </Button>
            )}
          </div>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
