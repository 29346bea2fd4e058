import type { MethodName } from '../../shared/api';
import { customerHandlers } from './customers/customerHandlers';
import type { Handler } from './handlerTypes';
import { appHandlers, jobHandlers } from './workspace/appHandlers';

/** Every method's handler. The type makes a missing or misspelt handler a compile error. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...appHandlers,
  ...jobHandlers,
  ...customerHandlers,
};
