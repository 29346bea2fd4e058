/**
 * The only places the workbook touches value_figures' layout (owned by electron/backend/
 * valuation, migration 004): how a snapshot's figures join their customers, and the set of
 * exported customers. Everything else goes through the valuation read helpers (FIGURE_SELECT,
 * toApiFigures, valueFilterSql), so a layout change there is mirrored here only.
 */
import { figureColumn } from '../../../../shared/domain/valuation/figures';
import type { FilterSql } from '../../valuation/valueFilters';

/** FROM clause giving `f` (value_figures) and `c` (its customer), as FIGURE_SELECT expects. */
export const FIGURES_FROM = 'value_figures f CROSS JOIN customers c ON c.num = f.customer_num';

/** The value table's default order: highest score first, ties by the table's key. */
export const FIGURES_ORDER = `f.${figureColumn('score')} DESC, f.customer_num DESC`;

/** customers.num of the exported relationships, as a subquery. */
export const exportedCustomerNums = (w: FilterSql): string => `(SELECT f.customer_num FROM value_figures f WHERE ${w.where})`;
