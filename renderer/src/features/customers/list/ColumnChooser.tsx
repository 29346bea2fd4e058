import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnChooser as TableColumnChooser, type ColumnChooserProps } from '../../../components/table/ColumnChooser';
import { COLUMN_PREFS, type ChoosableColumn } from './columns';

/** "Columns" menu: which optional columns the customer list shows. */
export const ColumnChooser = memo(function ColumnChooser(props: ColumnChooserProps<ChoosableColumn>) {
  const { t } = useTranslation('customerList');
  const text = { fixed: t('columns.companyName'), button: t('columnChooser.button'), title: t('columnChooser.title'), reset: t('columnChooser.reset') };
  return <TableColumnChooser {...props} columns={COLUMN_PREFS} columnLabel={(c) => t(`columns.${c}`)} text={text} width={240} />;
});
