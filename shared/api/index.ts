import type { z } from 'zod';
import { appMethods } from './app';
import { auditMethods } from './audit';
import { backupMethods } from './backups';
import { captureMethods } from './capture';
import { customerMethods } from './customers';
import { customerPageMethods } from './customerPage';
import { exhibitionMethods } from './exhibitions';
import { exportMethods } from './exports';
import { importMethods } from './imports';
import { interactionMethods } from './interactions';
import { jobMethods } from './jobs';
import { lifecycleMethods } from './lifecycle';
import { lifecycleAnalyticsMethods } from './lifecycleAnalytics';
import { participationMethods } from './participations';
import { segmentMethods } from './segments';
import { taskMethods } from './tasks';
import { valuationMethods } from './valuation';
import type { MethodDef } from './method';

function combine<T extends Record<string, MethodDef>[]>(...maps: T): UnionToIntersection<T[number]> {
  const out: Record<string, MethodDef> = {};
  for (const m of maps) {
    for (const name of Object.keys(m)) {
      // Two domains claiming one name would silently shadow each other: fail at load instead.
      if (name in out) throw new Error(`API method declared twice: ${name}`);
      out[name] = m[name]!;
    }
  }
  return out as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every backend operation, declared once. */
export const api = combine(appMethods, customerMethods, jobMethods, exhibitionMethods, participationMethods, segmentMethods, interactionMethods, customerPageMethods, captureMethods, lifecycleAnalyticsMethods, taskMethods, lifecycleMethods, valuationMethods, importMethods, exportMethods, backupMethods, auditMethods);

export type Api = typeof api;
export type MethodName = keyof Api & string;
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type OutputOf<M extends MethodName> = Api[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(api) as MethodName[];
export function isMethodName(s: string): s is MethodName {
  return Object.prototype.hasOwnProperty.call(api, s);
}

export * from './result';
export type { MethodDef } from './method';
