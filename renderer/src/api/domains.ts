/**
 * Screens that show another domain's data: when the key domain changes, these method-name
 * prefixes refetch too. A participation changes a customer's page figures and timeline and
 * every segment's live count; a customer moved to the Trash leaves edition totals and
 * participant lists; an edition added or renamed shows in quick capture's edition choice.
 */
export const SHOWN_ELSEWHERE: Record<string, readonly string[]> = {
  customers: ['editions.', 'exhibitions.', 'participations.', 'interactions.', 'segments.', 'capture.'],
  participations: ['customers.page', 'customers.timeline', 'segments.'],
  editions: ['customers.page', 'customers.timeline', 'segments.', 'capture.'],
  exhibitions: ['customers.page', 'customers.timeline', 'segments.', 'capture.'],
  interactions: ['customers.page', 'customers.timeline', 'segments.'],
  capture: ['customers.', 'interactions.', 'segments.'],
};

/** Whether a query (by its method name) shows data of `domain`. */
export function showsDomain(method: string, domain: string): boolean {
  return method.startsWith(`${domain}.`) || (SHOWN_ELSEWHERE[domain] ?? []).some((p) => method.startsWith(p));
}
