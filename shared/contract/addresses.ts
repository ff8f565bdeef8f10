import { z } from 'zod';
import { addressInputSchema, addressSchema } from '../domain/customer/address';
import { byId, channel, deleted } from './channel';

export const addresses = {
  add: channel(z.object({ customerId: z.string().min(1), address: addressInputSchema }).strict(), addressSchema),
  update: channel(z.object({ id: z.string().min(1), address: addressInputSchema }).strict(), addressSchema),
  makeHeadOffice: channel(byId, addressSchema),
  remove: channel(byId, deleted),
};
