/**
 * Screens that show another domain's data: when the key domain changes, these method-name
 * prefixes refetch too. A participation changes a customer's page figures and timeline and
 * every segment's live count; a customer moved to the Trash leaves edition totals and
 * participant lists; an edition added or renamed shows in quick capture's edition choice.
 * Value figures are snapshots: facts changing only make them stale (valuation.status), except
 * a customer moved to the Trash, which leaves every value list at once.
 */
export const SHOWN_ELSEWHERE: Record<string, readonly string[]> = {
  // An import's counts and duplicates: a customer entered meanwhile may be one of its rows.
  customers: ['editions.', 'exhibitions.', 'participations.', 'interactions.', 'segments.', 'capture.', 'valuation.', 'imports.dryRun', 'imports.validate'],
  participations: ['customers.page', 'customers.timeline', 'segments.', 'valuation.status'],
  editions: ['customers.page', 'customers.timeline', 'segments.', 'capture.', 'valuation.status'],
  exhibitions: ['customers.page', 'customers.timeline', 'segments.', 'capture.', 'valuation.status'],
  interactions: ['customers.page', 'customers.timeline', 'segments.', 'valuation.status'],
  capture: ['customers.', 'interactions.', 'segments.', 'valuation.status'],
  lifecycle: ['valuation.status'],
};

/** Whether a query (by its method name) shows data of `domain`. */
export function showsDomain(method: string, domain: string): boolean {
  return method.startsWith(`${domain}.`) || (SHOWN_ELSEWHERE[domain] ?? []).some((p) => method.startsWith(p));
}
