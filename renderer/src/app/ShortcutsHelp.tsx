import { ActionIcon, Group, Kbd, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconKeyboard } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel } from './keys';
import type { en } from './shortcutsLocales';

type Key = keyof typeof en.keys;

// Every shortcut of the app in one place; the handlers live with their features
// (AppLayout, LogInteractionButton, CaptureButton, EditionPage, valuation/ValueShell, import/ImportPage, useFormKeys, useCaptureKeys).
// Each entry lists alternative combinations ("or").
const GROUPS: { group: 'everywhere' | 'edition' | 'value' | 'import' | 'form' | 'capture'; rows: [Key, string[]][] }[] = [
  {
    group: 'everywhere',
    rows: [
      ['search', ['mod+K', '/']],
      ['newCustomer', ['mod+N']],
      ['logInteraction', ['mod+I']],
      ['capture', ['mod+L']],
      ['help', ['?', 'mod+/']],
    ],
  },
  { group: 'edition', rows: [['addParticipant', ['alt+N']]] },
  { group: 'value', rows: [['assess', ['alt+A']]] },
  { group: 'import', rows: [['importBack', ['alt+←']], ['importNext', ['alt+→']]] },
  {
    group: 'form',
    rows: [
      ['save', ['mod+S']],
      ['saveDialog', ['enter']],
      ['newLine', ['shift+enter']],
      ['close', ['escape']],
    ],
  },
  {
    group: 'capture',
    rows: [
      ['captureSave', ['enter']],
      ['captureSaveNote', ['mod+enter']],
      ['temperature', ['alt+H', 'alt+W', 'alt+C']],
      ['match', ['alt+1…5', 'alt+0']],
      ['leave', ['escape']],
    ],
  },
];

/** The header's keyboard button and the list of shortcuts it opens (also on ? and Ctrl/⌘+/). */
export function ShortcutsHelp() {
  const { t } = useTranslation('shortcuts');
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys([
    ['shift+?', open],
    ['mod+/', open],
  ]);
  return (
    <>
      <Tooltip label={`${t('open')} (?)`} openDelay={300}>
        <ActionIcon variant="subtle" color="gray" size="lg" onClick={open} aria-label={t('open')} data-testid="shortcuts-help" visibleFrom="md">
          <IconKeyboard size={20} stroke={1.6} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={t('title')} size="lg" data-testid="shortcuts-modal">
        <Stack gap="md">
          {GROUPS.map(({ group, rows }) => (
            <div key={group}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
                {t(`groups.${group}`)}
              </Text>
              <Table verticalSpacing={4} withRowBorders={false}>
                <Table.Tbody>
                  {rows.map(([key, combos]) => (
                    <Table.Tr key={key}>
                      <Table.Td>{t(`keys.${key}`)}</Table.Td>
                      <Table.Td w={220}>
                        <Group gap={6} wrap="nowrap" justify="flex-end">
                          {combos.map((c, i) => (
                            <Fragment key={c}>
                              {i > 0 && (
                                <Text size="xs" c="dimmed">
                                  {t('or')}
                                </Text>
                              )}
                              <Kbd size="xs">{keyLabel(c)}</Kbd>
                            </Fragment>
                          ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          ))}
        </Stack>
      </Modal>
    </>
  );
}
