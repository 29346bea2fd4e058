import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '@shared/api';
import { useEffect } from 'react';
import { call, transport, type ApiCallError } from './client';
import { showsDomain } from './domains';

/** Query keys start with the method name, so a domain's data can be invalidated by prefix. */
export function apiKey<M extends MethodName>(method: M, input?: InputOf<M>) {
  return input === undefined ? [method] : [method, input];
}

export function useApi<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: Omit<UseQueryOptions<OutputOf<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<M>, ApiCallError>({
    queryKey: apiKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

export function useApiMutation<M extends MethodName>(method: M) {
  return useMutation<OutputOf<M>, ApiCallError, InputOf<M>>({ mutationFn: (input) => call(method, input) });
}

/**
 * Keeps cached data fresh: when the backend says data of a domain changed (this window, a
 * job, or another client), queries of that domain — and those showing it (SHOWN_ELSEWHERE) —
 * refetch; a workspace switch refetches all.
 */
export function useBackendEvents(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      transport.onEvent((e) => {
        if (e.type === 'workspace.changed') void qc.invalidateQueries();
        else if (e.type === 'data.changed') {
          void qc.invalidateQueries({ predicate: (q) => showsDomain(String(q.queryKey[0]), e.domain) });
          void qc.invalidateQueries({ queryKey: ['app.info'] });
        } else if (e.type === 'job') qc.setQueryData(['job', e.job.id], e.job);
      }),
    [qc],
  );
}
