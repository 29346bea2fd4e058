import { useTranslation } from 'react-i18next';
import { ColumnChooser, type ColumnChooserProps } from '../../../components/table/ColumnChooser';
import { useFigureLabel } from '../explain/FigureValue';
import { VALUE_COLUMN_PREFS, type ValueColumn } from './valueColumns';

/** "Columns": which figures the value table shows; there are many, so the list scrolls. */
export function ValueColumnChooser(props: ColumnChooserProps<ValueColumn>) {
  const { t } = useTranslation('valuation');
  const label = useFigureLabel();
  const text = { fixed: t('table.company'), button: t('table.columns'), title: t('table.columnsTitle'), reset: t('table.columnsReset') };
  return <ColumnChooser {...props} columns={VALUE_COLUMN_PREFS} columnLabel={label} text={text} width={280} maxHeight={380} testId="value-columns" />;
}
