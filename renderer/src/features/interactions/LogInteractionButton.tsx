import { Button, Kbd, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconMessagePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LogInteractionModal } from './LogInteractionModal';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The global "Log interaction" action: a header button and Ctrl/⌘+I, from any screen. */
export function LogInteractionButton() {
  const { t } = useTranslation('interactions');
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys([['mod+I', open]]);
  return (
    <>
      <Tooltip label={<Kbd size="xs">{isMac ? '⌘ I' : 'Ctrl + I'}</Kbd>} withArrow>
        <Button
          variant="light"
          size="sm"
          leftSection={<IconMessagePlus size={16} />}
          onClick={open}
          data-testid="global-log-interaction"
        >
          {t('log.action')}
        </Button>
      </Tooltip>
      <LogInteractionModal opened={opened} onClose={close} />
    </>
  );
}
