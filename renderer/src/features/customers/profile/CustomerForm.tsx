import { Alert, Box, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CustomerDetail } from '@shared/api/customers';
import { completeness } from '@shared/domain/completeness';
import { IconAlertTriangle, IconDeviceFloppy, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/hooks';
import { CompanySection } from './CompanySection';
import { CompletenessRing } from './CompletenessRing';
import { ContactsEditor } from './ContactsEditor';
import type { FormValues } from './customerFormModel';
import { DuplicateWarning } from './DuplicateWarning';
import { LocationSection, ReachSection } from './LocationReachSections';
import { SourceTagsSection } from './SourceTagsSection';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useCustomerForm } from './useCustomerForm';
import { SAVE_KEY_LABEL, useFormKeys } from './useFormKeys';
import { describeSaveError, useSaveCustomer, type SaveFailure } from './useSaveCustomer';

export interface CustomerFormProps {
  initial: FormValues;
  /** The customer as the form loaded it (edit), or undefined (create). */
  editing?: CustomerDetail;
  /** The newest version the app knows of; differs from `editing.version` when someone saved meanwhile. */
  latestVersion?: number;
  onSaved: (detail: CustomerDetail) => void;
  onCancel: () => void;
  /** Throw the edits away and start again from the stored customer. */
  onReload?: () => void;
}

/** The input that shows a backend error about `path`, or null when no input shows it. */
function placePath(path: string): string | null {
  if (/^contacts\.\d+\.\w+$/.test(path)) return path;
  if (path === 'tags' || path.startsWith('tags.')) return 'tags';
  return TEXT_FIELDS.has(path) ? path : null;
}
const TEXT_FIELDS = new Set([
  'companyName', 'legalName', 'industry', 'mainBusiness', 'products', 'scaleNotes', 'country', 'region',
  'city', 'address', 'website', 'phone', 'email', 'notes',
]);

/** The create/edit form: sections on the left, duplicate warning and live completeness on the right. */
export function CustomerForm({ initial, editing, latestVersion, onSaved, onCancel, onReload }: CustomerFormProps) {
  const { t } = useTranslation('customerProfile');
  const form = useCustomerForm(initial);
  const facets = useApi('customers.facets', {}).data;
  const { save, saving } = useSaveCustomer(editing ? { id: editing.id, version: editing.version } : null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [focusError, setFocusError] = useState(0);
  // Set just before navigating away after a save, so the unsaved-changes guard lets us go.
  const leaving = useRef(false);

  // After a failed save, bring the first marked input into view and focus.
  useEffect(() => {
    if (!focusError) return;
    const el = document.querySelector<HTMLElement>('form[data-customer-form] [aria-invalid="true"]');
    el?.focus();
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focusError]);

  const submit = async () => {
    if (saving) return;
    const found = form.validate();
    if (Object.keys(found).length > 0) {
      setFailure({ fields: found, message: null, conflict: false });
      setFocusError((n) => n + 1);
      return;
    }
    setFailure(null);
    try {
      const detail = await save(form.values);
      leaving.current = true;
      notifications.show({
        color: 'teal',
        message: t(editing ? 'form.saved' : 'form.created', { name: detail.companyName }),
      });
      onSaved(detail);
    } catch (e) {
      const f = describeSaveError(e, placePath);
      form.setErrors((prev) => ({ ...prev, ...f.fields }));
      setFailure(f);
      if (Object.keys(f.fields).length) setFocusError((n) => n + 1);
    }
  };

  useFormKeys(() => void submit(), onCancel);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };

  const hasFieldErrors = Object.keys(form.errors).length > 0;
  const live = completeness({ ...form.values, contacts: form.values.contacts.filter((c) => c.name.trim()) });
  const changedElsewhere = editing && !leaving.current && latestVersion !== undefined && latestVersion !== editing.version;

  return (
    <form onSubmit={onSubmit} noValidate data-customer-form>
      <UnsavedChangesGuard shouldBlock={() => form.dirty && !leaving.current} />
      <Box
        pos="sticky"
        top={56}
        py="sm"
        mb="md"
        style={{ zIndex: 5, background: 'var(--mantine-color-body)', borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} lineClamp={1}>
            {editing ? t('form.editTitle', { name: editing.companyName }) : t('form.newTitle')}
          </Title>
          <Group gap="sm" wrap="nowrap">
            <Text size="xs" c="dimmed" visibleFrom="md">
              {t('form.saveHint', { key: SAVE_KEY_LABEL })}
            </Text>
            <Button variant="default" onClick={onCancel}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <CompanySection form={form} facets={facets} />
            <LocationSection form={form} facets={facets} />
            <ReachSection form={form} />
            <ContactsEditor form={form} />
            <SourceTagsSection form={form} facets={facets} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md" pos="sticky" top={130}>
            {failure?.conflict && (
              <Alert color="red" icon={<IconAlertTriangle />} title={t('form.conflictTitle')} data-testid="conflict">
                <Text size="sm">{t('form.conflict')}</Text>
                {onReload && (
                  <Button mt="sm" size="xs" variant="light" color="red" leftSection={<IconRefresh size={16} />} onClick={onReload}>
                    {t('form.reload')}
                  </Button>
                )}
              </Alert>
            )}
            {!failure?.conflict && changedElsewhere && (
              <Alert color="yellow" icon={<IconAlertTriangle />}>
                <Text size="sm">{t('form.changedElsewhere')}</Text>
                {onReload && (
                  <Button mt="sm" size="xs" variant="light" color="yellow" leftSection={<IconRefresh size={16} />} onClick={onReload}>
                    {t('form.reload')}
                  </Button>
                )}
              </Alert>
            )}
            {failure && !failure.conflict && (hasFieldErrors || failure.message) && (
              <Alert color="red" icon={<IconAlertTriangle />} title={t('form.saveFailed')} data-testid="form-errors">
                <Text size="sm">{failure.message ?? t('form.fixErrors')}</Text>
              </Alert>
            )}
            {editing?.deletedAt && (
              <Alert color="gray" icon={<IconTrash />}>
                <Text size="sm">{t('form.inTrash')}</Text>
              </Alert>
            )}
            <DuplicateWarning values={form.values} excludeId={editing?.id} />
            <Paper withBorder p="md">
              <CompletenessRing value={live} size={72} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
