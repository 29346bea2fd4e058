import { useColumnPrefs as useTableColumnPrefs } from '../../../components/table/useColumnPrefs';
import { COLUMN_PREFS } from './columns';

/** The customer list's visible columns, remembered in prefs.columns.customers. */
export const useColumnPrefs = () => useTableColumnPrefs(COLUMN_PREFS);
