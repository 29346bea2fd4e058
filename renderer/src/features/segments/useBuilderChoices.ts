import { useApi } from '../../api/hooks';

/** What the builder offers to pick from: values found in the data, and every edition. */
export function useBuilderChoices() {
  const facets = useApi('customers.facets', {});
  const editions = useApi('segments.editionChoices', {});
  return { facets: facets.data, editions: editions.data ?? [] };
}
