import type { customerMethods } from '../../../shared/api/customers';
import type { HandlerMap } from '../handlerTypes';
import { customerFacets, listCustomers } from './customerQueries';
import {
  createCustomer,
  duplicatesOf,
  emptyTrash,
  getCustomer,
  restoreCustomers,
  screenCustomer,
  trashCustomers,
  updateCustomerProfile,
} from './customerService';

export const customerHandlers: HandlerMap<keyof typeof customerMethods> = {
  'customers.list': (input, b) => listCustomers(b.context().db, input),
  'customers.get': (input, b) => getCustomer(b.context(), input.id),
  'customers.create': (input, b) => createCustomer(b.context(), input),
  'customers.update': (input, b) => updateCustomerProfile(b.context(), input),
  'customers.trash': (input, b) => trashCustomers(b.context(), input.ids),
  'customers.restore': (input, b) => restoreCustomers(b.context(), input.ids),
  'customers.emptyTrash': (_input, b) => emptyTrash(b.context()),
  'customers.screen': (input, b) => screenCustomer(b.context(), input),
  'customers.duplicates': (input, b) => duplicatesOf(b.context(), input),
  'customers.facets': (_input, b) => customerFacets(b.context().db),
};
