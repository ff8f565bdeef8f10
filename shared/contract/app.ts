import { z } from 'zod';
import { businessDateSchema } from '../domain/dates';
import { none, read } from './channel';

export const app = {
  info: read([], none, z.object({ version: z.string(), shell: z.enum(['electron', 'test']) })),
  /** Main's business clock, so the UI counts days from the same business date main stamps with. */
  clock: read([], none, z.object({ today: businessDateSchema, now: z.string(), timeZone: z.string() })),
};
