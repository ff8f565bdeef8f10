import { z } from 'zod';
import { activityInputSchema, activitySchema } from '../domain/customer/activity';
import { channel } from './channel';
import { idSchema } from '../domain/id';

export const activities = {
  add: channel(activityInputSchema, activitySchema),
  setDone: channel(z.object({ id: idSchema, done: z.boolean() }).strict(), activitySchema),
};
