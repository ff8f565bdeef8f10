import { z } from 'zod';
import { channel } from './channel';

export const demo = {
  load: channel(
    z.object({ customers: z.number().int().min(1).max(20_000), invoicesPerCustomer: z.number().int().min(0).max(100) }).strict(),
    z.object({ customers: z.number().int(), invoices: z.number().int() }),
  ),
};
