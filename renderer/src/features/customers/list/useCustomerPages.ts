import type { CustomerListInput } from '@shared/api/customers';
import type { CustomerListRow } from '@shared/domain/customer';
import { usePagedRows, type PagedRows } from '../../../components/table/usePagedRows';

export type ListQueryBase = Omit<CustomerListInput, 'offset' | 'limit'>;

/** The customer list (or Trash) as a sparse array of customers.list pages. */
export const useCustomerPages = (base: ListQueryBase) => usePagedRows('customers.list', base);

export type CustomerPages = PagedRows<CustomerListRow>;
