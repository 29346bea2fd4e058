import type { InputOf } from '@shared/api';
import type { ValueRow } from '@shared/api/valuation';
import { usePagedRows, type PagedRows } from '../../../components/table/usePagedRows';

export type ValueQueryBase = Omit<InputOf<'valuation.table'>, 'offset' | 'limit'>;

/** The value table as a sparse array of valuation.table pages (a new snapshot refreshes them). */
export const useValuePages = (base: ValueQueryBase) => usePagedRows('valuation.table', base);

export type ValuePages = PagedRows<ValueRow>;
