import { Button, Menu, Text } from '@mantine/core';
import type { ExportFormat } from '@shared/api/exports';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText, IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';
import type { ExportTarget } from './exportTarget';

type Choice = { target: ExportTarget; format: ExportFormat };

/**
 * The Export button of a table: .xlsx or .csv of what the table shows, and (value page) the
 * value-assessment workbook. Opens the export dialog for the choice.
 */
export function ExportMenu({ table, workbook, disabled }: { table: ExportTarget | null; workbook?: ExportTarget | null; disabled?: boolean }) {
  const { t } = useTranslation('exports');
  const [choice, setChoice] = useState<Choice | null>(null);
  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
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
              <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setChoice({ target: table, format: 'xlsx' })}>
                {t('xlsx')}
              </Menu.Item>
              <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => setChoice({ target: table, format: 'csv' })}>
                {t('csv')}
              </Menu.Item>
            </>
          )}
          {table && workbook && <Menu.Divider />}
          {workbook && (
            <Menu.Item leftSection={<IconReportAnalytics size={16} />} onClick={() => setChoice({ target: workbook, format: 'xlsx' })}>
              {t('workbook')}
              <Text size="xs" c="dimmed">
                {t('workbookHint')}
              </Text>
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {choice && <ExportDialog target={choice.target} format={choice.format} onClose={() => setChoice(null)} />}
    </>
  );
}
