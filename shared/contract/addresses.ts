import { z } from 'zod';
import { addressInputSchema, addressSchema } from '../domain/customer/address';
import { byId, channel, deleted } from './channel';
import { idSchema } from '../domain/id';

export const addresses = {
  add: channel(z.object({ customerId: idSchema, address: addressInputSchema }).strict(), addressSchema),
  update: channel(z.object({ id: idSchema, address: addressInputSchema }).strict(), addressSchema),
  makeHeadOffice: channel(byId, addressSchema),
  remove: channel(byId, deleted),
};
