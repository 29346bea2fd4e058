import { ActionIcon, Button, Kbd, Tooltip, useMatches } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBolt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { keyLabel } from '../../app/keys';

/**
 * The header's way into quick capture, with its shortcut Ctrl/⌘+L ("L" for lead; free in the
 * app and not a menu accelerator). The shortcut works even while typing in a field. The
 * header is short of room on narrow windows: the key hint goes first (below `lg`), then the
 * label (below `md`).
 */
export function CaptureButton() {
  const { t } = useTranslation('capture');
  const navigate = useNavigate();
  useHotkeys([['mod+L', () => void navigate('/capture'), { usePhysicalKeys: true }]], []);
  const size = useMatches({ base: 'icon', md: 'label', lg: 'full' } as const);
  return (
    <Tooltip label={t('openHint', { key: keyLabel('mod+L') })} openDelay={400}>
      {size === 'icon' ? (
        <ActionIcon component={Link} to="/capture" size={36} color="teal" aria-label={t('open')} data-testid="open-capture">
          <IconBolt size={18} />
        </ActionIcon>
      ) : (
        <Button
          component={Link}
          to="/capture"
          size="sm"
          color="teal"
          leftSection={<IconBolt size={16} />}
          rightSection={size === 'full' ? <Kbd size="xs">{keyLabel('mod+L')}</Kbd> : undefined}
          data-testid="open-capture"
        >
          {t('open')}
        </Button>
      )}
    </Tooltip>
  );
}
