import { receivablesPageSchema, receivablesQuerySchema } from '../domain/invoice/receivables';
import { read } from './channel';

export const receivables = {
  /** One page of invoices under the filters, with the count and the totals per currency of all that match. */
  list: read(['invoices', 'customers'], receivablesQuerySchema, receivablesPageSchema),
};
