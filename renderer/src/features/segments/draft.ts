import {
  SegmentConditionSchema,
  type ConditionType,
  type GroupOp,
  type SegmentCondition,
  type SegmentConditionInput,
  type SegmentDefinition,
  type SegmentDefinitionInput,
  type SegmentNode,
} from '@shared/domain/segment';

// The builder's working copy of a segment. Rows may be unfinished while the user builds (no
// value chosen yet); each row is checked on its own with the shared schema, and only finished,
// valid rows are sent for the live count. Saving needs every row finished.

/** Every input a row can show; which ones count depends on the type. */
export interface DraftCondition {
  key: string;
  kind: 'condition';
  type: ConditionType;
  values: string[];
  editionId: string | null;
  anyStatus: boolean;
  min: number | '';
  max: number | '';
  measure: string;
  op: 'olderThan' | 'within';
  days: number | '';
  has: boolean;
}

export interface DraftGroup {
  key: string;
  kind: 'group';
  op: GroupOp;
  items: DraftNode[];
}
export type DraftNode = DraftCondition | DraftGroup;

let seq = 0;
export const newKey = () => `k${++seq}`;

/** The measure a range type starts with (stand area: total; satisfaction: latest). */
const DEFAULT_MEASURE: Partial<Record<ConditionType, string>> = { standArea: 'total', satisfaction: 'latest' };

export function newCondition(type: ConditionType): DraftCondition {
  return {
    key: newKey(),
    kind: 'condition',
    type,
    values: [],
    editionId: null,
    anyStatus: false,
    min: '',
    max: '',
    measure: DEFAULT_MEASURE[type] ?? '',
    op: 'olderThan',
    days: type === 'lastContact' ? 90 : '',
    has: true,
  };
}

export function newGroup(op: GroupOp = 'and', items: DraftNode[] = []): DraftGroup {
  return { key: newKey(), kind: 'group', op, items };
}

const num = (v: number | '') => (v === '' ? null : v);

/** The row as the API would take it (not yet checked). */
export function conditionInput(c: DraftCondition): SegmentConditionInput {
  switch (c.type) {
    case 'kind':
    case 'industry':
    case 'country':
    case 'region':
    case 'sizeBand':
    case 'tag':
    case 'screening':
      return { type: c.type, values: c.values } as SegmentConditionInput;
    case 'tookPart':
    case 'notTookPart':
      return { type: c.type, editionId: c.editionId ?? '', anyStatus: c.anyStatus };
    case 'editionsAttended':
    case 'revenue':
      return { type: c.type, min: num(c.min), max: num(c.max) };
    case 'standArea':
      return { type: c.type, measure: c.measure as 'total' | 'max', min: num(c.min), max: num(c.max) };
    case 'satisfaction':
      return { type: c.type, measure: c.measure as 'latest' | 'average', min: num(c.min), max: num(c.max) };
    case 'lastContact':
      return { type: c.type, op: c.op, days: c.days === '' ? Number.NaN : c.days };
    case 'openComplaint':
      return { type: c.type, has: c.has };
  }
}

export type RowCheck = { ok: true; condition: SegmentCondition } | { ok: false; field: string; message: string };

/** A row checked alone: the valid condition, or the first problem (an error key from the schema). */
export function checkCondition(c: DraftCondition): RowCheck {
  const r = SegmentConditionSchema.safeParse(conditionInput(c));
  if (r.success) return { ok: true, condition: r.data as SegmentCondition };
  const issue = r.error.issues[0]!;
  return { ok: false, field: String(issue.path[0] ?? 'values'), message: issue.message };
}

/** Only the finished, valid rows (empty groups vanish): what the live count is asked for. */
export function validDefinition(g: DraftGroup): SegmentDefinition {
  const items: SegmentNode[] = [];
  for (const it of g.items) {
    if (it.kind === 'group') {
      const sub = validDefinition(it);
      if (sub.items.length > 0) items.push(sub);
    } else {
      const r = checkCondition(it);
      if (r.ok) items.push(r.condition);
    }
  }
  return { type: 'group', op: g.op, items };
}

/** Rows not finished or not valid; saving waits until there are none. */
export function problemCount(g: DraftGroup): number {
  return g.items.reduce((n, it) => n + (it.kind === 'group' ? problemCount(it) : checkCondition(it).ok ? 0 : 1), 0);
}

export function conditionCount(g: DraftGroup): number {
  return g.items.reduce((n, it) => n + (it.kind === 'group' ? conditionCount(it) : 1), 0);
}

/** A saved definition as a draft to edit. */
export function toDraft(def: SegmentDefinition | SegmentDefinitionInput): DraftGroup {
  return newGroup(
    def.op,
    def.items.map((it): DraftNode => {
      if (it.type === 'group') return toDraft(it);
      const c = newCondition(it.type);
      const v = it as Record<string, unknown>;
      if (Array.isArray(v.values)) c.values = v.values as string[];
      if (typeof v.editionId === 'string') c.editionId = v.editionId;
      if (typeof v.anyStatus === 'boolean') c.anyStatus = v.anyStatus;
      if (typeof v.min === 'number') c.min = v.min;
      if (typeof v.max === 'number') c.max = v.max;
      if (typeof v.measure === 'string') c.measure = v.measure;
      if (v.op === 'olderThan' || v.op === 'within') c.op = v.op;
      if (typeof v.days === 'number') c.days = v.days;
      if (typeof v.has === 'boolean') c.has = v.has;
      return c;
    }),
  );
}

// Immutable edits by key, for the recursive editor.
export function updateNode(g: DraftGroup, key: string, f: (n: DraftNode) => DraftNode | null): DraftGroup {
  const items: DraftNode[] = [];
  for (const it of g.items) {
    if (it.key === key) {
      const next = f(it);
      if (next) items.push(next);
    } else items.push(it.kind === 'group' ? updateNode(it, key, f) : it);
  }
  return { ...g, items };
}

/** The draft's meaning, to tell whether a saved segment has unsaved changes. */
export function sameMeaning(a: DraftGroup, b: DraftGroup): boolean {
  const strip = (g: DraftGroup): unknown => ({
    op: g.op,
    items: g.items.map((it) => (it.kind === 'group' ? strip(it) : conditionInput(it))),
  });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
