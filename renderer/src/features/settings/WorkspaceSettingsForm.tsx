import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CURRENCIES, type WorkspaceSettings } from '@shared/api/app';
import { useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';

type Currency = WorkspaceSettings['currency'];
type FieldName = 'currency' | 'organisationName' | 'staffName';

/** "CNY" → "Chinese Yuan (CNY)" / "人民币 (CNY)" in the UI language. */
function useCurrencyOptions() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language.startsWith('zh') ? 'zh-CN' : 'en-GB'], { type: 'currency' });
    return CURRENCIES.map((c) => ({ value: c, label: `${names.of(c) ?? c} (${c})` }));
  }, [i18n.language]);
}

/** The workspace's own settings; saved to the workspace file, errors shown on their fields. */
export function WorkspaceSettingsForm({ initial, readOnly }: { initial: WorkspaceSettings; readOnly: boolean }) {
  const { t } = useTranslation('settings');
  const qc = useQueryClient();
  const currencies = useCurrencyOptions();
  const save = useApiMutation('settings.update');
  const [currency, setCurrency] = useState<Currency>(initial.currency);
  const [organisationName, setOrganisationName] = useState(initial.organisationName ?? '');
  const [staffName, setStaffName] = useState(initial.staffName ?? '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});

  const dirty =
    currency !== initial.currency ||
    organisationName !== (initial.organisationName ?? '') ||
    staffName !== (initial.staffName ?? '');
  const clearError = (f: FieldName) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e));
  const formError = save.error && Object.keys(save.error.fields).length === 0 ? save.error.message : null;

  const reset = () => {
    setCurrency(initial.currency);
    setOrganisationName(initial.organisationName ?? '');
    setStaffName(initial.staffName ?? '');
    setErrors({});
    save.reset();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // An emptied field means "not set", not an empty name.
        const input = {
          currency,
          organisationName: organisationName.trim() || null,
          staffName: staffName.trim() || null,
        };
        save.mutate(input, {
          onSuccess: (saved) => {
            setErrors({});
            qc.setQueryData(['settings.get', {}], saved);
            notifications.show({ message: t('workspace.saved'), color: 'teal', icon: <IconCheck size={18} /> });
          },
          onError: (err) => setErrors(err.fields as Partial<Record<FieldName, string>>),
        });
      }}
    >
      <Stack gap="md">
        {readOnly && (
          <Alert color="orange" icon={<IconLock size={18} />}>
            {t('workspace.readOnly')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('workspace.organisationName')}
            description={t('workspace.organisationHint')}
            placeholder={t('workspace.organisationPlaceholder')}
            value={organisationName}
            onChange={(e) => {
              setOrganisationName(e.currentTarget.value);
              clearError('organisationName');
            }}
            error={errors.organisationName}
            disabled={readOnly}
          />
          <TextInput
            label={t('workspace.staffName')}
            description={t('workspace.staffHint')}
            placeholder={t('workspace.staffPlaceholder')}
            value={staffName}
            onChange={(e) => {
              setStaffName(e.currentTarget.value);
              clearError('staffName');
            }}
            error={errors.staffName}
            disabled={readOnly}
          />
          <Select
            label={t('workspace.currency')}
            description={t('workspace.currencyHint')}
            data={currencies}
            value={currency}
            onChange={(v) => {
              if (v) setCurrency(v as Currency);
              clearError('currency');
            }}
            allowDeselect={false}
            searchable
            error={errors.currency}
            disabled={readOnly}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {formError && <Alert color="red">{formError}</Alert>}
        {!readOnly && (
          <Group justify="flex-end" gap="sm">
            {dirty && (
              <Button variant="subtle" color="gray" onClick={reset} disabled={save.isPending}>
                {t('workspace.reset')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              {t('common:actions.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
