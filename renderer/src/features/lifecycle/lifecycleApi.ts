import type { InputOf } from '@shared/api';
import { call } from '../../api/client';

// Named calls of the lifecycle.* methods used by more than one component.

export type TableSort = NonNullable<InputOf<'lifecycle.table'>['sort']>;

export const lifecycleBoard = (input: InputOf<'lifecycle.board'>) => call('lifecycle.board', input);
export const lifecycleColumns = (input: InputOf<'lifecycle.columns'>) => call('lifecycle.columns', input);
export const lifecycleMove = (input: InputOf<'lifecycle.move'>) => call('lifecycle.move', input);
export const lifecycleTable = (input: InputOf<'lifecycle.table'>) => call('lifecycle.table', input);
