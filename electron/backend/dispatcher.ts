import { z } from 'zod';
import { api, isMethodName, type ApiError, type ApiResult, type MethodName } from '../../shared/api';
import { ApiFailure } from '../../shared/api/result';
import { isErrorKey, translateError, type Language } from '../../shared/i18n/errors';
import type { Backend } from './backend';
import type { Context } from './context';
import type { Handler } from './handlerTypes';
import { handlers } from './handlers';
import { isBusyError, writeLockHeldHere } from './store/sameThreadWriter';
import { systemErrorKey } from './jobs/jobError';

export interface DispatchLog {
  error(message: string, err: unknown): void;
}

const zodLocales: Record<Language, z.core.$ZodErrorMap> = {
  en: z.locales.en().localeError,
  zh: z.locales.zhCN().localeError,
};

function fieldErrors(error: z.ZodError, lang: Language): Record<string, string> {
  // A Map, not an object literal: a hostile field named "__proto__" must become a key, not a prototype.
  const fields = new Map<string, string>();
  const add = (key: string, msg: string) => {
    if (!fields.has(key)) fields.set(key, msg);
  };
  for (const issue of error.issues) {
    const msg = isErrorKey(issue.message) ? translateError(issue.message, lang) : issue.message;
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown field, so a client sees exactly what it must not send.
      for (const k of issue.keys) add([...issue.path, k].join('.'), msg);
      continue;
    }
    add(issue.path.join('.') || '_', msg);
  }
  return Object.fromEntries(fields);
}

function sqliteCode(e: unknown): string | undefined {
  return (e as { code?: string })?.code;
}

/** The open workspace's context, if one is open. */
function openContext(backend: Backend): Context | null {
  try {
    return backend.context();
  } catch {
    return null;
  }
}

/**
 * The one entry point of the backend: validates the input against the contract, runs the
 * handler, and answers with the result envelope. It never throws and never leaks a stack
 * trace; unexpected errors are logged and answered as "internal".
 */
export async function dispatch(
  backend: Backend,
  method: string,
  rawInput: unknown,
  lang: Language = 'en',
  log?: DispatchLog,
): Promise<ApiResult<unknown>> {
  const fail = (code: ApiError['code'], key: string, extra: Partial<ApiError> = {}): ApiResult<unknown> => ({
    ok: false,
    error: { code, message: translateError(key, lang), ...extra },
  });
  if (!isMethodName(method)) return fail('unknown_method', `err.unknownMethod:${method.slice(0, 100)}`);
  const parsed = api[method].input.safeParse(rawInput ?? {}, { error: zodLocales[lang] });
  if (!parsed.success) return fail('invalid_input', 'err.invalidInput', { fields: fieldErrors(parsed.error, lang) });
  const handler = handlers[method] as Handler<MethodName>;
  try {
    let data: unknown;
    try {
      data = await handler(parsed.data as never, backend, { lang });
    } catch (e) {
      // Refused at once because an import of this thread is writing (sameThreadWriter.ts): run
      // again when it is done. Every write is one transaction, so nothing of the first try stays.
      const ctx = isBusyError(e) ? openContext(backend) : null;
      const held = ctx ? writeLockHeldHere(ctx.db.name) : null;
      if (!held) throw e;
      await held;
      // Another workspace opened meanwhile: the call was meant for this one; it answers busy.
      if (openContext(backend) !== ctx) throw e;
      data = await handler(parsed.data as never, backend, { lang });
    }
    return { ok: true, data: data === undefined ? null : data };
  } catch (e) {
    if (e instanceof ApiFailure) {
      const fields = e.fields
        ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, translateError(v, lang)]))
        : undefined;
      return fail(e.code, e.message, { ...(fields ? { fields } : {}), ...(e.details ? { details: e.details } : {}) });
    }
    if (isBusyError(e)) return fail('busy', 'err.busy');
    if (sqliteCode(e) === 'SQLITE_READONLY') return fail('read_only', 'err.readOnly');
    log?.error(`${method} failed`, e);
    // The machine's failure (a full disk, say) in words the user can act on; anything else is ours.
    const system = systemErrorKey(e);
    if (system) return fail(system === 'err.workspaceDamaged' ? 'workspace_damaged' : 'internal', system);
    return fail('internal', 'err.internal');
  }
}

/** The contract as JSON Schema, for GET /api/methods. */
export function describeMethods(): { name: string; input: unknown }[] {
  return Object.entries(api).map(([name, def]) => ({ name, input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }) }));
}
