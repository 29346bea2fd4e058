import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/api';
import type { Language } from '../../shared/i18n/errors';
import type { Backend } from './backend';

/** Facts of the call itself, for the few handlers whose answer depends on them. */
export interface CallInfo {
  lang: Language;
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  backend: Backend,
  call: CallInfo,
) => OutputOf<M> | Promise<OutputOf<M>>;

/** A domain's handlers: a subset of the API, each typed by the contract. */
export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> };
