import { useColumnPrefs } from '../../../components/table/useColumnPrefs';
import { VALUE_COLUMN_PREFS } from './valueColumns';

/** The value table's visible figures, remembered in prefs.columns.value. */
export const useValueColumnPrefs = () => useColumnPrefs(VALUE_COLUMN_PREFS);
