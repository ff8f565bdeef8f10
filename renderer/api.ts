import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type Api, type ChannelName, type DefOf, type InputOf, type OutputOf, readsOf, type TableName } from '../shared/contract';
import { AppFailure, type Result } from '../shared/result';

declare global {
  interface Window {
    api: Api;
  }
}

export const api = (): Api => window.api;

/** The channels that read from the store: they declare their tables, so a query over them knows when it is stale. */
export type ReadChannel = { [C in ChannelName]: DefOf<C> extends { reads: readonly TableName[] } ? C : never }[ChannelName];

/** Calls a channel by its name, for hooks that derive everything from the name. */
export function callChannel<C extends ChannelName>(name: C, input: InputOf<DefOf<C>>): Promise<Result<OutputOf<DefOf<C>>>> {
  const [area, fn] = name.split('.') as [string, string];
  const areaApi = (api() as unknown as Record<string, Record<string, (i: unknown) => Promise<Result<OutputOf<DefOf<C>>>>>>)[area]!;
  return areaApi[fn]!(input);
}

/**
 * A query over a read channel: its key is the channel and input, and it is refetched whenever the store reports a
 * change to a table the channel declared in the contract.
 */
export function useChannel<C extends ReadChannel>(
  name: C,
  input: InputOf<DefOf<C>>,
  options: Partial<UseQueryOptions<OutputOf<DefOf<C>>, AppFailure>> = {},
) {
  return useQuery<OutputOf<DefOf<C>>, AppFailure>({
    queryKey: [name, input],
    queryFn: () => unwrap(callChannel(name, input)),
    meta: { tables: readsOf(name) },
    ...options,
  });
}

/** Unwraps a result: the value, or an AppFailure carrying the typed error for forms and notifications. */
export async function unwrap<T>(promise: Promise<Result<T>>): Promise<T> {
  const r = await promise;
  if (r.ok) return r.value;
  throw new AppFailure(r.error.code, r.error.message, r.error.details?.issues);
}

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});


/**
 * Main's business date, so a form starts on the day main stamps with: asked again whenever a screen that shows it
 * opens (cheap: main answers from its clock), and each minute, for midnight.
 */
export function useBusinessDate(): string | undefined {
  return useChannel('app.clock', {}, { staleTime: 0, refetchInterval: 60_000 }).data?.today;
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
