import { z } from 'zod';
import { activityInputSchema, activitySchema } from '../domain/customer/activity';
import { channel } from './channel';

export const activities = {
  add: channel(activityInputSchema, activitySchema),
  setDone: channel(z.object({ id: z.string().min(1), done: z.boolean() }).strict(), activitySchema),
};
