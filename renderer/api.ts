import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Api, TableName } from '../shared/contract';
import { AppFailure, type Result } from '../shared/result';

declare global {
  interface Window {
    api: Api;
  }
}

export const api = (): Api => window.api;

/** Unwraps a result: the value, or an AppFailure carrying the typed error for forms and notifications. */
export async function unwrap<T>(promise: Promise<Result<T>>): Promise<T> {
  const r = await promise;
  if (r.ok) return r.value;
  throw new AppFailure(r.error.code, r.error.message, r.error.details?.issues);
}

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

/** A query that reads the given tables; it is refetched whenever the store reports a change to one of them. */
export function useStoreQuery<T>(
  tables: TableName[],
  key: readonly unknown[],
  fn: () => Promise<Result<T>>,
  options: Partial<UseQueryOptions<T, AppFailure>> = {},
) {
  return useQuery<T, AppFailure>({ queryKey: [...key], queryFn: () => unwrap(fn()), meta: { tables }, ...options });
}

/** Main's business date, so a form starts on the day main stamps with; asked again each minute, for midnight. */
export function useBusinessDate(): string | undefined {
  return useStoreQuery([], ['app', 'clock'], () => api().app.clock({}), { staleTime: 60_000, refetchInterval: 60_000 }).data?.today;
}

export function useStoreMutation<I, T>(fn: (input: I) => Promise<Result<T>>) {
  return useMutation<T, AppFailure, I>({ mutationFn: (input) => unwrap(fn(input)) });
}

/** Subscribes once to the store's change events and invalidates the queries that read a changed table. */
export function useChangeEvents(): void {
  useEffect(
    () =>
      api().onChange(({ tables }) => {
        void queryClient.invalidateQueries({
          predicate: (q) => ((q.meta?.tables as TableName[] | undefined) ?? []).some((t) => tables.includes(t)),
        });
      }),
    [],
  );
}
