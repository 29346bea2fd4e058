import { Button, Menu, Text } from '@mantine/core';
import type { ExportFormat } from '@shared/api/exports';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText, IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flushPendingFilters } from '../../components/table/pendingFilters';
import { ExportDialog } from './ExportDialog';
import type { ExportTarget } from './exportTarget';

/** Which export was chosen; `opened` is its target at that moment (used only if the page drops it). */
type Choice = { which: 'table' | 'workbook'; format: ExportFormat; opened: ExportTarget };

/**
 * The Export button of a table: .xlsx or .csv of what the table shows, and (value page) the
 * value-assessment workbook. Opens the export dialog for the choice.
 *
 * Opening the menu applies any filter still being typed (a debounced search box or segment
 * condition, see pendingFilters), and the dialog is given the page's current target on every
 * render rather than a copy taken when the menu was clicked: the file holds the rows of the
 * filter the user typed, even when Export was pressed before the list had caught up.
 */
export function ExportMenu({ table, workbook, disabled }: { table: ExportTarget | null; workbook?: ExportTarget | null; disabled?: boolean }) {
  const { t } = useTranslation('exports');
  const [choice, setChoice] = useState<Choice | null>(null);
  const live = choice ? (choice.which === 'table' ? table : workbook) : null;
  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal onOpen={flushPendingFilters}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            rightSection={<IconChevronDown size={14} />}
            disabled={disabled || (!table && !workbook)}
            aria-label={t('menuLabel')}
            data-testid="export-menu"
          >
            {t('button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {table && (
            <>
              <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setChoice({ which: 'table', format: 'xlsx', opened: table })}>
                {t('xlsx')}
              </Menu.Item>
              <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => setChoice({ which: 'table', format: 'csv', opened: table })}>
                {t('csv')}
              </Menu.Item>
            </>
          )}
          {table && workbook && <Menu.Divider />}
          {workbook && (
            <Menu.Item leftSection={<IconReportAnalytics size={16} />} onClick={() => setChoice({ which: 'workbook', format: 'xlsx', opened: workbook })}>
              {t('workbook')}
              <Text size="xs" c="dimmed">
                {t('workbookHint')}
              </Text>
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {choice && <ExportDialog target={live ?? choice.opened} format={choice.format} onClose={() => setChoice(null)} />}
    </>
  );
}
