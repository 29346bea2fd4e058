import { migration001 } from './001_initial';
import { migration002 } from './002_activity';
import { migration003 } from './003_lifecycle';
import { migration004 } from './004_valuation';
import { migration005 } from './005_imports';
import { migration006 } from './006_audit';
import { migration007 } from './007_template_date_order';
import { migration008 } from './008_dedupe_keys_by_number';
import type { Migration } from './types';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];

export const SCHEMA_VERSION = MIGRATIONS.length;
