import type { CustomerRef, ReferredCustomer } from '../../../shared/api/customerPage';
import { ApiFailure } from '../../../shared/api/result';
import { BOOKED_STATUSES } from '../../../shared/domain/participation';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';

// Referrals ("referred by" another customer) and negative word of mouth (DOMAIN §4: the
// recommendation value, which can be below zero). Both are facts on the customer row; they
// do not bump the customer's version, so an open profile editor is not made stale by them.

const BOOKED = `(${BOOKED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

interface ReferralRow {
  referred_by: string | null;
  negative_wom_at: string | null;
  negative_wom_note: string | null;
  deleted_at: string | null;
}

function referralRow(db: Db, id: string): ReferralRow | undefined {
  return db
    .prepare('SELECT referred_by, negative_wom_at, negative_wom_note, deleted_at FROM customers WHERE id = ?')
    .get(id) as ReferralRow | undefined;
}

export function referredBy(db: Db, id: string): CustomerRef | null {
  const r = db
    .prepare('SELECT r.id, r.company_name AS name FROM customers c JOIN customers r ON r.id = c.referred_by WHERE c.id = ?')
    .get(id) as CustomerRef | undefined;
  return r ?? null;
}

/** Whom this customer brought (live customers), and whether each went on to book. */
export function referredCustomers(db: Db, id: string): ReferredCustomer[] {
  const rows = db
    .prepare(`
      SELECT c.id, c.company_name AS name,
        EXISTS (SELECT 1 FROM participations p WHERE p.customer_id = c.id AND p.status IN ${BOOKED}) AS converted
      FROM customers c
      WHERE c.referred_by = ? AND c.deleted_at IS NULL
      ORDER BY c.name_sort LIMIT 500`)
    .all(id) as { id: string; name: string; converted: number }[];
  return rows.map((r) => ({ id: r.id, name: r.name, converted: r.converted === 1 }));
}

export function negativeWom(db: Db, id: string): { at: string; note: string | null } | null {
  const r = referralRow(db, id);
  return r?.negative_wom_at ? { at: r.negative_wom_at, note: r.negative_wom_note } : null;
}

/** True when `start` or anyone up its referrer chain is `target`. */
function chainReaches(db: Db, start: string, target: string): boolean {
  return (
    db
      .prepare(`
        WITH RECURSIVE chain (id, depth) AS (
          SELECT ?, 0
          UNION ALL
          SELECT c.referred_by, chain.depth + 1 FROM customers c JOIN chain ON c.id = chain.id
          WHERE c.referred_by IS NOT NULL AND chain.depth < 100000)
        SELECT 1 FROM chain WHERE id = ? LIMIT 1`)
      .get(start, target) !== undefined
  );
}

export function setReferrer(ctx: Context, input: { id: string; referrerId: string | null }): { referredBy: CustomerRef | null } {
  ctx.db.transaction(() => {
    if (!referralRow(ctx.db, input.id)) throw new ApiFailure('not_found', 'err.notFound');
    if (input.referrerId !== null) {
      const fail = (key: string) => new ApiFailure('invalid_input', 'err.invalidInput', { referrerId: key });
      if (input.referrerId === input.id) throw fail('err.selfReferral');
      const referrer = referralRow(ctx.db, input.referrerId);
      // A customer in the Trash cannot be picked either: it is gone as far as the user sees.
      if (!referrer || referrer.deleted_at) throw fail('err.customerMissing');
      if (chainReaches(ctx.db, input.referrerId, input.id)) throw fail('err.referralCycle');
    }
    ctx.db
      .prepare('UPDATE customers SET referred_by = ?, updated_at = ? WHERE id = ?')
      .run(input.referrerId, ctx.now(), input.id);
  })();
  ctx.changed('customers');
  return { referredBy: referredBy(ctx.db, input.id) };
}

export function setNegativeWom(
  ctx: Context,
  input: { id: string; at: string | null; note: string | null },
): { negativeWom: { at: string; note: string | null } | null } {
  ctx.db.transaction(() => {
    if (!referralRow(ctx.db, input.id)) throw new ApiFailure('not_found', 'err.notFound');
    // Clearing the flag clears its note too: a note without a date would be a flag half-set.
    ctx.db
      .prepare('UPDATE customers SET negative_wom_at = ?, negative_wom_note = ?, updated_at = ? WHERE id = ?')
      .run(input.at, input.at === null ? null : input.note, ctx.now(), input.id);
  })();
  ctx.changed('customers');
  return { negativeWom: negativeWom(ctx.db, input.id) };
}
