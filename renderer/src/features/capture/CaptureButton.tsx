import { Button, Kbd, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBolt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/**
 * The header's way into quick capture, with its shortcut Ctrl/⌘+L ("L" for lead; free in the
 * app and not a menu accelerator). The shortcut works even while typing in a field.
 */
export function CaptureButton() {
  const { t } = useTranslation('capture');
  const navigate = useNavigate();
  useHotkeys([['mod+L', () => void navigate('/capture'), { usePhysicalKeys: true }]], []);
  return (
    <Tooltip label={t('openHint')} openDelay={400}>
      <Button
        component={Link}
        to="/capture"
        size="sm"
        color="teal"
        leftSection={<IconBolt size={16} />}
        rightSection={
          <Kbd size="xs" visibleFrom="md">
            {isMac ? '⌘ L' : 'Ctrl L'}
          </Kbd>
        }
        data-testid="open-capture"
      >
        {t('open')}
      </Button>
    </Tooltip>
  );
}
