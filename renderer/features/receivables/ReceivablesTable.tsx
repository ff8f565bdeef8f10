import { Group, Paper, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  daysOverdue,
  type ReceivablesPage,
  type ReceivablesQueryInput,
  type ReceivablesSortColumn,
} from '../../../shared/domain/invoice/receivables';
import { formatReference } from '../../../shared/domain/payment/reference';
import { usePagedRows } from '../../app/paged-rows';
import { type Sort, SortHeader } from '../../app/SortHeader';
import { useFormat } from '../../i18n/format';
import { InvoiceActions } from '../customers/card/InvoiceActions';
import classes from './Receivables.module.css';
import list from '../../app/VirtualList.module.css';
import { InvoiceBadges } from './InvoiceBadges';
import { standingColor } from './standing';

const ROW_HEIGHT = 44;

export type ReceivablesFilter = Omit<ReceivablesQueryInput, 'sort' | 'direction' | 'offset' | 'limit'>;

type Column = { key: string; sort?: ReceivablesSortColumn; numeric?: boolean };

/**
 * Invoices under a filter, virtualised: the store filters and sorts all of them and sends pages of 100, so 200k
 * invoices cost the UI no more than the rows on screen. With `customerColumn` the list names each invoice's
 * customer (the receivables screen); without, it shows the payment reference (a customer's Financial tab).
 */
export function ReceivablesTable({
  filter,
  onOpen,
  customerColumn,
  maxRows,
  empty,
  onPage,
}: {
  filter: ReceivablesFilter;
  onOpen(id: string): void;
  customerColumn: boolean;
  /** Sizes the list to its rows, up to this many, instead of filling the page. */
  maxRows?: number;
  empty: ReactNode;
  /** The first page, with the count and the totals per currency of everything the filter selects. */
  onPage?(page: ReceivablesPage): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [sort, setSort] = useState<Sort<ReceivablesSortColumn>>({ column: 'dueDate', direction: 'asc' });
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, rowAt, first, total } = usePagedRows({
    channel: 'receivables.list',
    query: { ...filter, sort: sort.column, direction: sort.direction },
    rowHeight: ROW_HEIGHT,
    scrollRef,
  });
  useEffect(() => {
    if (first) onPage?.(first);
    // Only when a new first page arrives; the callback may be a fresh closure on every render.
  }, [first]);
  const today = first?.today ?? '';

  const columns: Column[] = [
    { key: 'number', sort: 'number' },
    ...(customerColumn ? [{ key: 'customer', sort: 'customer' } as const] : []),
    { key: 'issueDate', sort: 'issueDate' },
    { key: 'dueDate', sort: 'dueDate' },
    { key: 'daysOverdue', numeric: true },
    { key: 'amount', numeric: true },
    { key: 'open', sort: 'openCents', numeric: true },
    { key: 'status' },
    ...(customerColumn ? [] : [{ key: 'reference' }]),
  ];
  const grid = customerColumn ? classes.withCustomer : classes.withReference;
  const label = (key: string) => t(`receivables.columns.${key}` as 'receivables.columns.number');

  return (
    <Paper withBorder className={list.table} role="table" aria-rowcount={total} data-testid="receivables-table">
      <div className={`${list.header} ${grid}`} role="row">
        {columns.map((c) =>
          c.sort ? (
            <SortHeader
              key={c.key}
              column={c.sort}
              label={label(c.key)}
              title={t('receivables.sortBy', { column: label(c.key) })}
              sort={sort}
              onSort={setSort}
              numeric={c.numeric}
            />
          ) : (
            <Text key={c.key} role="columnheader" fw={600} size="sm" className={c.numeric ? list.numeric : undefined}>
              {label(c.key)}
            </Text>
          ),
        )}
        <span />
      </div>
      <div
        ref={scrollRef}
        className={list.scroll}
        data-testid="receivable-rows"
        style={maxRows ? { flex: 'none', height: Math.max(1, Math.min(total, maxRows)) * ROW_HEIGHT } : undefined}
      >
        {total === 0 && first && (
          <Text c="dimmed" p="sm" ta="center" size="sm">
            {empty}
          </Text>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const days = row ? daysOverdue(row.dueDate, today) : 0;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 1}
                data-testid="invoice-row"
                className={`${list.row} ${classes.row} ${grid}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, background: row ? standingColor(row, today) : undefined }}
                onClick={() => row && onOpen(row.id)}
              >
                {row ? (
                  <>
                    <Text size="sm" fw={500} role="cell" className={list.amount}>
                      {row.number}
                    </Text>
                    {customerColumn && (
                      <Text size="sm" role="cell" truncate className={classes.cell} title={`${row.customerName} (${row.customerNumber})`}>
                        {row.customerName}
                      </Text>
                    )}
                    <Text size="sm" role="cell" className={list.amount}>
                      {fmt.date(row.issueDate)}
                    </Text>
                    <Text size="sm" role="cell" className={list.amount}>
                      {fmt.date(row.dueDate)}
                    </Text>
                    <Text size="sm" role="cell" className={`${list.amount} ${list.numeric}`} c={days > 0 && row.status === 'open' ? undefined : 'dimmed'}>
                      {days > 0 && row.status === 'open' ? days : t('common.none')}
                    </Text>
                    <Text size="sm" role="cell" className={`${list.amount} ${list.numeric}`}>
                      {fmt.money(row.amountCents, row.currency)}
                    </Text>
                    <Text size="sm" role="cell" fw={600} className={`${list.amount} ${list.numeric}`}>
                      {fmt.money(row.openCents, row.currency)}
                    </Text>
                    <Group gap={4} wrap="nowrap" role="cell" className={classes.cell}>
                      <InvoiceBadges invoice={row} today={today} />
                    </Group>
                    {!customerColumn && (
                      <Text size="sm" role="cell" className={list.amount}>
                        {row.paymentReference ? formatReference(row.paymentReference.scheme, row.paymentReference.value) : ''}
                      </Text>
                    )}
                    {/* The menu acts on the invoice; a click on it must not also open the invoice. */}
                    <div role="cell" onClick={(e) => e.stopPropagation()}>
                      {row.status === 'open' && <InvoiceActions invoice={row} />}
                    </div>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('common.loading')}
                  </Text>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
