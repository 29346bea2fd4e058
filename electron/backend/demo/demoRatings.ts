// The organiser's 0–5 value ratings in the demo (issue 5, relationships.demonstration_rating /
// capability_rating): demonstration value for the big exhibitors (the seeds' industry leaders
// on big, cheap stands) and for associations and media; capability for some experienced
// exhibitors (many editions attended: they know fairs and share ideas). Most relationships stay
// unrated, as in real use. Deterministic for a seed: the draws hash the customer's number.

import type { Db } from '../store/openDatabase';

/** Stand areas (m²) from which an exhibitor counts as big / large. */
const BIG_STAND = 144;
const LARGE_STAND = 90;
/** Editions attended from which an exhibitor counts as experienced. */
const EXPERIENCED = 4;
const EXHIBITOR = 1;
const PARTNER = 16;

/** A draw in [0, 1) from a customer number, an exhibition's position and a salt. */
function draw(num: number, salt: number, seed: number): number {
  let h = Math.imul(num ^ Math.imul(seed, 0x9e3779b1), 0x85ebca6b) ^ salt;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Rates the demo's relationships; returns how many got a rating. */
export function writeDemoRatings(db: Db, seed: number): number {
  const rows = db
    .prepare(
      // Participations summed per customer and exhibition first, then joined (each customer
      // looked up once per relationship, not once per participation: a third less time).
      `SELECT a.customer_id, a.exhibition_id, c.num, c.kinds, c.partner_type, a.area, a.attended
         FROM (SELECT p.customer_id, e.exhibition_id,
                      max(CASE WHEN p.status IN ('contracted', 'paid', 'attended') THEN p.stand_area END) AS area,
                      count(CASE WHEN p.status = 'attended' THEN 1 END) AS attended
                 FROM participations p INDEXED BY participations_by_customer JOIN editions e ON e.id = p.edition_id
                GROUP BY p.customer_id, e.exhibition_id) a
         JOIN relationships r ON r.customer_id = a.customer_id AND r.exhibition_id = a.exhibition_id
         JOIN customers c ON c.id = a.customer_id
        WHERE c.deleted_at IS NULL AND (c.kinds & ${EXHIBITOR | PARTNER}) != 0
        ORDER BY a.customer_id, a.exhibition_id`,
    )
    .raw()
    .all() as [string, string, number, number, string | null, number | null, number][];
  const upd = db.prepare('UPDATE relationships SET demonstration_rating = ?, capability_rating = ? WHERE customer_id = ? AND exhibition_id = ?');
  const exhibitions = new Map<string, number>();
  let rated = 0;
  db.transaction(() => {
    for (const [customerId, exhibitionId, num, kinds, partnerType, area, attended] of rows) {
      let x = exhibitions.get(exhibitionId);
      if (x === undefined) exhibitions.set(exhibitionId, (x = exhibitions.size + 1));
      const u = draw(num, x, seed);
      const v = draw(num, x + 100, seed);
      let demonstration: number | null = null;
      let capability: number | null = null;
      if (kinds & PARTNER && (partnerType === 'association' || partnerType === 'media') && attended > 0) {
        demonstration = u < 0.4 ? 5 : u < 0.8 ? 4 : 3;
      } else if (kinds & EXHIBITOR && (area ?? 0) >= BIG_STAND) {
        demonstration = u < 0.5 ? 5 : 4;
      } else if (kinds & EXHIBITOR && (area ?? 0) >= LARGE_STAND && u < 0.4) {
        demonstration = 3;
      }
      if (kinds & EXHIBITOR && attended >= EXPERIENCED && v < 0.35) capability = v < 0.1 ? 4 : v < 0.22 ? 3 : 2;
      if (demonstration === null && capability === null) continue;
      upd.run(demonstration, capability, customerId, exhibitionId);
      rated++;
    }
  })();
  return rated;
}
