import { z } from 'zod';

/**
 * One confirmed import: which file (by its SHA-256, so the same file is recognised under any name), when, by whom
 * and what it brought. Importing a file whose hash is known adds nothing and says when it was imported before.
 */
/** The files of one import, together: a year of bank statements stays far below this. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const importKinds = ['csv', 'ubl', 'camt053', 'mt940'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importCountsSchema = z.object({
  invoices: z.number().int(),
  creditNotes: z.number().int(),
  customers: z.number().int(),
  payments: z.number().int(),
  unmatched: z.number().int(),
  ignored: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(importKinds),
  fileName: z.string(),
  sha256: z.string(),
  at: z.string(),
  by: z.string(),
  counts: importCountsSchema,
});
export type ImportRecord = z.infer<typeof importRecordSchema>;
