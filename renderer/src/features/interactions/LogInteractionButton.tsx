import { ActionIcon, Button, Kbd, Tooltip, useMatches } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import type { CustomerPageData } from '@shared/api/customerPage';
import { useQueryClient } from '@tanstack/react-query';
import { IconMessagePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { keyLabel } from '../../app/keys';
import { apiKey } from '../../api/hooks';
import type { PickedCustomer } from './CustomerPicker';
import { LogInteractionModal } from './LogInteractionModal';

/**
 * The global "Log interaction" action: a header button and Ctrl/⌘+I, from any screen. On a
 * customer's page it starts with that customer (changeable; not one in the Trash). Below the `lg`
 * breakpoint the header is short of room and the button shows its icon only.
 */
export function LogInteractionButton() {
  const { t } = useTranslation('interactions');
  const qc = useQueryClient();
  const onCustomer = useMatch('/customers/:id');
  const [opened, { open: show, close }] = useDisclosure(false);
  const [customer, setCustomer] = useState<PickedCustomer | undefined>();
  const compact = useMatches({ base: true, lg: false });

  const open = () => {
    const id = onCustomer?.params.id;
    // The page's own data is in the cache already; no extra call, and nothing when elsewhere.
    const page = id ? qc.getQueryData<CustomerPageData>(apiKey('customers.page', { id })) : undefined;
    const c = page?.customer;
    setCustomer(c && c.deletedAt === null ? { id: c.id, name: c.companyName } : undefined);
    show();
  };
  useHotkeys([['mod+I', open]]);

  const label = t('log.action');
  const kbd = <Kbd size="xs">{keyLabel('mod+I')}</Kbd>;
  return (
    <>
      <Tooltip label={compact ? <>{label} {kbd}</> : kbd} withArrow>
        {compact ? (
          <ActionIcon variant="light" size={36} onClick={open} aria-label={label} data-testid="global-log-interaction">
            <IconMessagePlus size={18} />
          </ActionIcon>
        ) : (
          <Button variant="light" size="sm" leftSection={<IconMessagePlus size={16} />} onClick={open} data-testid="global-log-interaction">
            {label}
          </Button>
        )}
      </Tooltip>
      <LogInteractionModal opened={opened} onClose={close} initialCustomer={customer} />
    </>
  );
}
