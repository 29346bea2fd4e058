import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/api';
import type { Backend } from './backend';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, backend: Backend) => OutputOf<M> | Promise<OutputOf<M>>;

/** A domain's handlers: a subset of the API, each typed by the contract. */
export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> };
