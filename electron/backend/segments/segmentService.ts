import type { z } from 'zod';
import type { CustomerListResult } from '../../../shared/api/customers';
import type { EditionChoice, Segment, SegmentMembersInput, SegmentSummary } from '../../../shared/api/segments';
import { ApiFailure } from '../../../shared/api/result';
import type { SegmentDefinition, SegmentNode } from '../../../shared/domain/segment';
import type { Context } from '../context';
import { countMembers, pageMembers } from './segmentMembers';
import { loadSegmentDefinition, parseStoredDefinition } from './segmentSql';

interface SegmentRow {
  id: string;
  name: string;
  definition: string;
  version: number;
  created_at: string;
  updated_at: string;
}

function fromRow(r: SegmentRow): Segment {
  return {
    id: r.id,
    name: r.name,
    definition: parseStoredDefinition(r.definition),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function row(ctx: Context, id: string): SegmentRow {
  const r = ctx.db.prepare('SELECT * FROM segments WHERE id = ?').get(id) as SegmentRow | undefined;
  if (!r) throw new ApiFailure('not_found', 'err.notFound');
  return r;
}

/** Saved segments by name, each with its live count (one count query per segment). */
export function listSegments(ctx: Context): SegmentSummary[] {
  const rows = ctx.db.prepare('SELECT * FROM segments ORDER BY name COLLATE NOCASE, id').all() as SegmentRow[];
  const now = ctx.now();
  return rows.map((r) => ({ id: r.id, name: r.name, count: countMembers(ctx.db, parseStoredDefinition(r.definition), now) }));
}

export function getSegment(ctx: Context, id: string): Segment {
  return fromRow(row(ctx, id));
}

export function countSegment(ctx: Context, def: SegmentDefinition): { count: number } {
  return { count: countMembers(ctx.db, def, ctx.now()) };
}

export function segmentMembers(ctx: Context, input: z.output<typeof SegmentMembersInput>): CustomerListResult {
  const def = input.definition ?? loadSegmentDefinition(ctx.db, input.segmentId!);
  return pageMembers(ctx.db, def, input, ctx.now());
}

/** Field errors for a name another segment has (names are unique ignoring case). */
function checkName(ctx: Context, name: string, exceptId: string | null): void {
  const other = ctx.db.prepare('SELECT id FROM segments WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(name, exceptId);
  if (other) throw new ApiFailure('invalid_input', 'err.invalidInput', { name: 'err.segmentNameTaken' });
}

/** Field errors for "took part" conditions naming an edition that does not exist. */
function checkEditions(ctx: Context, def: SegmentDefinition): void {
  const fields: Record<string, string> = {};
  const exists = ctx.db.prepare('SELECT 1 FROM editions WHERE id = ?').pluck();
  const walk = (n: SegmentNode, path: string) => {
    if (n.type === 'group') n.items.forEach((it, i) => walk(it, `${path}.items.${i}`));
    else if ((n.type === 'tookPart' || n.type === 'notTookPart') && !exists.get(n.editionId)) fields[`${path}.editionId`] = 'err.editionMissing';
  };
  walk(def, 'definition');
  if (Object.keys(fields).length > 0) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
}

export function createSegment(ctx: Context, input: { name: string; definition: SegmentDefinition }): Segment {
  const id = ctx.newId();
  ctx.db.transaction(() => {
    checkName(ctx, input.name, null);
    checkEditions(ctx, input.definition);
    const now = ctx.now();
    ctx.db
      .prepare('INSERT INTO segments (id, name, definition, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)')
      .run(id, input.name, JSON.stringify(input.definition), now, now);
  })();
  ctx.changed('segments');
  return getSegment(ctx, id);
}

export function updateSegment(
  ctx: Context,
  input: { id: string; version: number; name?: string; definition?: SegmentDefinition },
): Segment {
  ctx.db.transaction(() => {
    const r = row(ctx, input.id);
    if (r.version !== input.version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: r.version });
    if (input.name !== undefined) checkName(ctx, input.name, input.id);
    if (input.definition !== undefined) checkEditions(ctx, input.definition);
    ctx.db
      .prepare('UPDATE segments SET name = ?, definition = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?')
      .run(
        input.name ?? r.name,
        input.definition ? JSON.stringify(input.definition) : r.definition,
        ctx.now(),
        input.id,
        input.version,
      );
  })();
  ctx.changed('segments');
  return getSegment(ctx, input.id);
}

export function deleteSegment(ctx: Context, id: string): { id: string } {
  ctx.db.transaction(() => {
    row(ctx, id);
    ctx.db.prepare('DELETE FROM segments WHERE id = ?').run(id);
  })();
  ctx.changed('segments');
  return { id };
}

/** Every edition, newest first, with its exhibition's name (the builder's edition pickers). */
export function editionChoices(ctx: Context): EditionChoice[] {
  return ctx.db
    .prepare(
      `SELECT e.id, e.name, x.name AS exhibitionName, e.start_date AS startDate, e.status
         FROM editions e JOIN exhibitions x ON x.id = e.exhibition_id
        ORDER BY e.start_date DESC, x.name, e.name`,
    )
    .all() as EditionChoice[];
}
