import { z } from 'zod';
import { businessDateSchema, daysBetween } from '../dates';
import { idSchema } from '../id';
import { invoiceSchema, invoiceStatuses, type Invoice } from './invoice';

/**
 * What a receivables list shows about an invoice on a given day, in the order that decides its colour: a disputed
 * invoice is "disputed" even when overdue, a promised one "promised" until the promised date has passed.
 */
export type InvoiceStanding = 'paid' | 'credited' | 'disputed' | 'promised' | 'not_due' | 'overdue';

export function standingOf(i: Pick<Invoice, 'status' | 'disputed' | 'promisedDate' | 'dueDate'>, today: string): InvoiceStanding {
  if (i.status !== 'open') return i.status;
  if (i.disputed) return 'disputed';
  if (i.promisedDate && i.promisedDate >= today) return 'promised';
  return i.dueDate < today ? 'overdue' : 'not_due';
}

/** Days past the due date (0 when not yet due). */
export const daysOverdue = (dueDate: string, today: string): number => Math.max(0, daysBetween(dueDate, today));

/** Age bands for shading overdue invoices, as aged-balance reports use them. */
export type OverdueBand = 0 | 1 | 2 | 3;
export function overdueBand(days: number): OverdueBand {
  if (days <= 0) return 0;
  if (days <= 30) return 1;
  if (days <= 60) return 2;
  return 3;
}

export const receivablesSortColumns = ['dueDate', 'issueDate', 'number', 'customer', 'openCents'] as const;
export type ReceivablesSortColumn = (typeof receivablesSortColumns)[number];

const optionalDate = businessDateSchema.nullable().default(null);

export const receivablesQuerySchema = z
  .object({
    customerId: idSchema.nullable().default(null),
    status: z.enum([...invoiceStatuses, 'all']).default('open'),
    overdue: z.boolean().default(false),
    disputed: z.boolean().default(false),
    promised: z.boolean().default(false),
    /** Invoice number starts with (any case). */
    number: z.string().trim().max(40).default(''),
    issueFrom: optionalDate,
    issueTo: optionalDate,
    dueFrom: optionalDate,
    dueTo: optionalDate,
    sort: z.enum(receivablesSortColumns).default('dueDate'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ReceivablesQuery = z.output<typeof receivablesQuerySchema>;
export type ReceivablesQueryInput = z.input<typeof receivablesQuerySchema>;

/** Whether an invoice passes the list's filters on `today`; the customer filter is applied by the caller's index. */
export function matchesReceivablesFilter(i: Invoice, q: ReceivablesQuery, today: string): boolean {
  if (q.customerId !== null && i.customerId !== q.customerId) return false;
  if (q.status !== 'all' && i.status !== q.status) return false;
  if (q.overdue && !(i.status === 'open' && i.dueDate < today)) return false;
  if (q.disputed && !i.disputed) return false;
  if (q.promised && !(i.promisedDate !== null && i.promisedDate >= today)) return false;
  if (q.issueFrom !== null && i.issueDate < q.issueFrom) return false;
  if (q.issueTo !== null && i.issueDate > q.issueTo) return false;
  if (q.dueFrom !== null && i.dueDate < q.dueFrom) return false;
  if (q.dueTo !== null && i.dueDate > q.dueTo) return false;
  if (q.number && !i.number.toLowerCase().startsWith(q.number.toLowerCase())) return false;
  return true;
}

export const receivableRowSchema = invoiceSchema.extend({ customerName: z.string(), customerNumber: z.string() });
export type ReceivableRow = z.infer<typeof receivableRowSchema>;

export const currencyTotalSchema = z.object({ count: z.number().int(), amountCents: z.number().int(), openCents: z.number().int() });
export type CurrencyTotal = z.infer<typeof currencyTotalSchema>;

export const receivablesPageSchema = z.object({
  rows: z.array(receivableRowSchema),
  total: z.number().int(),
  /** Over every invoice the filter selects, not just this page. */
  totals: z.record(z.string(), currencyTotalSchema),
  today: z.string(),
});
export type ReceivablesPage = z.infer<typeof receivablesPageSchema>;
