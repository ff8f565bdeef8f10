import { z } from 'zod';
import { businessDateSchema } from '../dates';
import { idSchema } from '../id';

export const activityKinds = ['note', 'task'] as const;

export const activityInputSchema = z
  .object({
    customerId: idSchema,
    kind: z.enum(activityKinds),
    text: z.string().trim().min(1).max(4000),
    invoiceId: idSchema.nullable().default(null),
    contactId: idSchema.nullable().default(null),
    /** Tasks only: when it is due and who does it. */
    dueDate: businessDateSchema.nullable().default(null),
    responsible: z.string().trim().max(100).default(''),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.kind === 'task' && !a.dueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'errors.required' });
  });
export type ActivityInput = z.input<typeof activityInputSchema>;

export const activitySchema = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.enum(activityKinds),
  text: z.string(),
  invoiceId: z.string().nullable(),
  contactId: z.string().nullable(),
  dueDate: z.string().nullable(),
  responsible: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;
