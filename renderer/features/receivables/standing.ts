import { daysOverdue, type InvoiceStanding, overdueBand, standingOf } from '../../../shared/domain/invoice/receivables';
import type { Invoice } from '../../../shared/domain/invoice/invoice';

/** Overdue invoices shade from amber to red with age, as in every credit-control list. */
const overdueShades = ['', 'var(--mantine-color-yellow-light)', 'var(--mantine-color-orange-light)', 'var(--mantine-color-red-light)'] as const;

const standingShades: Partial<Record<InvoiceStanding, string>> = {
  disputed: 'var(--mantine-color-grape-light)',
  promised: 'var(--mantine-color-blue-light)',
};

/**
 * The background of an invoice in every list: disputed and promised invoices have colours of their own (they are
 * not dunned while so), overdue ones are shaded by age, the rest stay plain.
 */
export function standingColor(i: Pick<Invoice, 'status' | 'disputed' | 'promisedDate' | 'dueDate'>, today: string): string | undefined {
  const standing = standingOf(i, today);
  if (standing === 'overdue') return overdueShades[overdueBand(daysOverdue(i.dueDate, today))] || undefined;
  return standingShades[standing];
}

/** The legend's swatches, in the order the list explains them. */
export const legend = [
  { key: 'notDue', color: undefined },
  { key: 'overdue30', color: overdueShades[1] },
  { key: 'overdue60', color: overdueShades[2] },
  { key: 'overdueMore', color: overdueShades[3] },
  { key: 'disputed', color: standingShades.disputed },
  { key: 'promised', color: standingShades.promised },
] as const;
