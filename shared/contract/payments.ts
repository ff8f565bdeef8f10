import { z } from 'zod';
import { idSchema } from '../domain/id';
import { allocationListSchema, allocationSchema, creditInputSchema, creditReverseSchema, creditSchema } from '../domain/payment/credit';
import { byId, channel, read } from './channel';

export const payments = {
  /** Books a payment or credit note with its allocations; a known dedupe key books nothing and says so. */
  add: channel(creditInputSchema, z.object({ credit: creditSchema, duplicate: z.boolean() })),
  allocate: channel(z.object({ creditId: idSchema, allocations: allocationListSchema.min(1) }).strict(), creditSchema),
  undo: channel(byId, allocationSchema),
  /** Reverses a payment or credit note booked by mistake: its allocations are undone, it stays on record marked reversed. */
  reverse: channel(creditReverseSchema, creditSchema),
  forCustomer: read(
    ['credits', 'allocations', 'invoices'],
    z.object({ customerId: idSchema }).strict(),
    z.object({ credits: z.array(creditSchema), allocations: z.array(allocationSchema.extend({ invoiceNumber: z.string() })) }),
  ),
};
