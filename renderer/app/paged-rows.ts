import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useState } from 'react';
import { type DefOf, type InputOf, type OutputOf, readsOf } from '../../shared/contract';
import { callChannel, unwrap } from '../api';

export const PAGE = 100;

/**
 * A virtualised list over a store query that serves pages: only the pages under the visible rows (and the first,
 * which carries the count) are fetched, so a list of 200k rows costs the UI no more than the rows on screen.
 */
export function usePagedRows<C extends 'customers.list' | 'receivables.list'>({
  channel,
  query,
  rowHeight,
  scrollRef,
}: {
  channel: C;
  query: Omit<InputOf<DefOf<C>>, 'offset' | 'limit'>;
  rowHeight: number;
  scrollRef: RefObject<HTMLDivElement | null>;
}) {
  type Page = OutputOf<DefOf<C>>;
  type Row = Page['rows'][number];
  const [total, setTotal] = useState(0);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE);
  const lastPage = Math.floor((items.at(-1)?.index ?? 0) / PAGE);
  const pages = [...new Set([0, firstPage, lastPage])];
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: [channel, query, page],
      queryFn: () => unwrap(callChannel(channel, { ...query, offset: page * PAGE, limit: PAGE } as InputOf<DefOf<C>>)) as Promise<Page>,
      meta: { tables: readsOf(channel) },
      placeholderData: keepPreviousData,
    })),
  });
  const first = results[0]?.data;
  if (first && first.total !== total) setTotal(first.total);
  const rowAt = (index: number): Row | undefined => {
    const page = Math.floor(index / PAGE);
    return results[pages.indexOf(page)]?.data?.rows[index - page * PAGE];
  };
  return { virtualizer, items, rowAt, first, total };
}
