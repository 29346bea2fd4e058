import { useQueryClient } from '@tanstack/react-query';
import type { CustomerDetail } from '@shared/api/customers';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { apiKey, useApi } from '../../../api/hooks';
import { ErrorState } from '../../../components/ErrorState';
import { CustomerForm } from './CustomerForm';
import { emptyValues, valuesFromCustomer } from './customerFormModel';
import { CustomerNotFound } from './CustomerNotFound';
import { isMissing } from './isMissing';
import { FormSkeleton } from './Skeletons';

/** Where to go when the form is left: back where the user came from if the app knows it. */
function useLeave(fallback: string) {
  const navigate = useNavigate();
  const location = useLocation();
  const fromDetail = (location.state as { fromDetail?: boolean } | null)?.fromDetail === true;
  const hasHistory = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
  return {
    cancel: () => (hasHistory ? navigate(-1) : navigate(fallback, { replace: true })),
    // After saving, the detail page: stepping back onto it (if we came from it) keeps history tidy.
    saved: (id: string) => (fromDetail && hasHistory ? navigate(-1) : navigate(`/customers/${id}`, { replace: true })),
  };
}

/** /customers/new and /customers/:id/edit. */
export function CustomerEditPage() {
  const { id } = useParams();
  return id ? <EditExisting id={id} /> : <CreateNew />;
}

function CreateNew() {
  const leave = useLeave('/customers');
  return <CustomerForm initial={emptyValues()} onCancel={leave.cancel} onSaved={(d) => leave.saved(d.id)} />;
}

function EditExisting({ id }: { id: string }) {
  const query = useApi('customers.get', { id });
  const qc = useQueryClient();
  // Bumped by "Reload": the form starts over from the newest stored version.
  const [generation, setGeneration] = useState(0);
  const leave = useLeave(`/customers/${id}`);

  if (query.isPending) return <FormSkeleton />;
  if (query.isError) {
    return isMissing(query.error) ? <CustomerNotFound /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const reload = async () => {
    await qc.invalidateQueries({ queryKey: apiKey('customers.get', { id }) });
    await query.refetch();
    setGeneration((g) => g + 1);
  };
  return (
    <EditLoaded
      key={`${id}:${generation}`}
      loaded={query.data}
      latestVersion={query.data.version}
      onCancel={leave.cancel}
      onSaved={(d) => leave.saved(d.id)}
      onReload={() => void reload()}
    />
  );
}

/** Holds on to the customer as it was when editing began; later refetches only raise a warning. */
function EditLoaded(props: {
  loaded: CustomerDetail;
  latestVersion: number;
  onCancel: () => void;
  onSaved: (d: CustomerDetail) => void;
  onReload: () => void;
}) {
  const [start] = useState(props.loaded);
  const [initial] = useState(() => valuesFromCustomer(start));
  return (
    <CustomerForm
      initial={initial}
      editing={start}
      latestVersion={props.latestVersion}
      onCancel={props.onCancel}
      onSaved={props.onSaved}
      onReload={props.onReload}
    />
  );
}
