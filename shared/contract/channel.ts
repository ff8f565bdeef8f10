import { z } from 'zod';
import { idSchema } from '../domain/id';

/** The tables a change event can name; the UI refetches queries that read them. */
export const tableNames = ['customers', 'invoices', 'addresses', 'contacts', 'activities', 'attachments', 'audit', 'credits', 'allocations', 'meta', 'dossier', 'imports', 'bankEntries', 'runs', 'reminders', 'reminderItems', 'deliveries', 'blocks', 'policies', 'texts', 'rates', 'outbox', 'outboxBodies'] as const;
export type TableName = (typeof tableNames)[number];
export const changeEventSchema = z.object({ tables: z.array(z.enum(tableNames)) });
export type ChangeEvent = z.infer<typeof changeEventSchema>;

/** One channel: its input and output schemas and, for a read, the tables whose changes make its answer stale. */
export type Def = { input: z.ZodType; output: z.ZodType; reads?: readonly TableName[] };

export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** A read channel: the UI's `useChannel` refetches it whenever the store reports a change to one of `reads`. */
export const read = <I extends z.ZodType, O extends z.ZodType>(reads: readonly TableName[], input: I, output: O) => ({ input, output, reads });

export const none = z.object({}).strict();
export const byId = z.object({ id: idSchema }).strict();
export const deleted = z.object({ id: z.string() });
