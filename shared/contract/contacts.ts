import { z } from 'zod';
import { contactInputSchema, contactSchema } from '../domain/customer/contact';
import { byId, channel, deleted, none, read } from './channel';
import { idSchema } from '../domain/id';

export const contacts = {
  add: channel(z.object({ customerId: idSchema, contact: contactInputSchema }).strict(), contactSchema),
  update: channel(z.object({ id: idSchema, contact: contactInputSchema }).strict(), contactSchema),
  setActive: channel(z.object({ id: idSchema, active: z.boolean() }).strict(), contactSchema),
  remove: channel(byId, deleted),
  tags: read(['contacts', 'customers'], none, z.object({ roles: z.array(z.string()), keywords: z.array(z.string()) })),
  byTag: read(
    ['contacts', 'customers'],
    z.object({ kind: z.enum(['role', 'keyword']), tag: z.string().trim().min(1).max(40) }).strict(),
    z.array(contactSchema.extend({ customerName: z.string(), customerNumber: z.string() })),
  ),
};
