import { z } from 'zod';
import { allocationInputSchema, allocationSchema, creditInputSchema, creditSchema } from '../domain/payment/credit';
import { byId, channel, read } from './channel';

export const payments = {
  /** Books a payment or credit note with its allocations; a known dedupe key books nothing and says so. */
  add: channel(creditInputSchema, z.object({ credit: creditSchema, duplicate: z.boolean() })),
  allocate: channel(z.object({ creditId: z.string().min(1), allocations: z.array(allocationInputSchema).min(1).max(500) }).strict(), creditSchema),
  undo: channel(byId, allocationSchema),
  forCustomer: read(
    ['credits', 'allocations', 'invoices'],
    z.object({ customerId: z.string().min(1) }).strict(),
    z.object({ credits: z.array(creditSchema), allocations: z.array(allocationSchema.extend({ invoiceNumber: z.string() })) }),
  ),
};
