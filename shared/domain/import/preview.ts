import { z } from 'zod';
import { importCountsSchema, importKinds } from './import-record';

/**
 * What an import would bring, shown before anything is written: per file its kind and counts, every problem with
 * file, line, field and reason, and the first rows of what would be imported. The user confirms it by its id.
 */
export const PREVIEW_ROWS = 300;

export const previewIssueSchema = z.object({
  file: z.string(),
  severity: z.enum(['error', 'warning']),
  line: z.number().int().nullable(),
  field: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
export type PreviewIssue = z.infer<typeof previewIssueSchema>;

export const previewFileSchema = z.object({
  name: z.string(),
  kind: z.enum([...importKinds, 'unknown']),
  sha256: z.string(),
  /** When this very file (by content) was imported before; it then adds nothing. */
  importedAt: z.string().nullable(),
  counts: importCountsSchema,
});
export type PreviewFile = z.infer<typeof previewFileSchema>;

export const previewInvoiceSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string(),
  customerNumber: z.string(),
  customerName: z.string(),
  /** The customer is created on confirmation. */
  newCustomer: z.boolean(),
  issueDate: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  amountCents: z.number().int(),
  openCents: z.number().int(),
  outcome: z.enum(['new', 'duplicate']),
  /** A credit note's invoice, when it is open and gets the credit. */
  allocatedTo: z.string().nullable(),
});
export type PreviewInvoice = z.infer<typeof previewInvoiceSchema>;

export const previewEntrySchema = z.object({
  file: z.string(),
  line: z.number().int(),
  entryKey: z.string(),
  bookingDate: z.string(),
  direction: z.enum(['credit', 'debit']),
  reversal: z.boolean(),
  currency: z.string(),
  amountCents: z.number().int(),
  counterpartyName: z.string(),
  counterpartyIban: z.string(),
  reference: z.string(),
  remittance: z.string(),
  /**
   * 'duplicate': imported before, or earlier in this import (see twin). 'possible_duplicate': maybe so; skipped
   * unless the user includes it, and then shown with what importing it does (matched, unmatched, ignored).
   */
  outcome: z.enum(['matched', 'unmatched', 'ignored', 'duplicate', 'possible_duplicate']),
  rule: z.enum(['reference', 'invoice_number', 'amount_counterparty']).nullable(),
  ignoredReason: z.enum(['debit', 'reversal', 'currency']).nullable(),
  customerName: z.string(),
  invoiceNumbers: z.array(z.string()),
  unallocatedCents: z.number().int(),
  /** For a reversal: the booking date of the earlier payment it undoes (its customer in customerName). */
  reverses: z.string().nullable(),
  /**
   * The entry this one repeats: certainly (the same transaction) or possibly (the user decides), with the file it
   * came in and when it was imported (null: earlier in this import). Null for an entry seen nowhere else.
   */
  twin: z.object({ certain: z.boolean(), file: z.string(), importedAt: z.string().nullable() }).nullable(),
  /** A possible duplicate the user chose to import anyway. */
  included: z.boolean(),
});
export type PreviewEntry = z.infer<typeof previewEntrySchema>;

export const csvLayoutSchema = z.object({
  file: z.string(),
  headers: z.array(z.string()),
  /** The first rows, for the mapping screen. */
  rows: z.array(z.array(z.string())),
  delimiter: z.enum([';', ',', '\t', '|']),
  encoding: z.enum(['UTF-8', 'windows-1252']),
  /** The mapping used: the one given, else a saved source's with the same headers, else the guess. */
  mapping: z.record(z.string(), z.string()),
  /** False while invoice number, date, amount or a customer column is unmapped: the user must map them. */
  complete: z.boolean(),
  source: z.string(),
  prefix: z.string(),
});
export type CsvLayout = z.infer<typeof csvLayoutSchema>;

export const importPreviewSchema = z.object({
  previewId: z.string(),
  files: z.array(previewFileSchema),
  counts: importCountsSchema,
  issues: z.array(previewIssueSchema),
  invoices: z.array(previewInvoiceSchema),
  entries: z.array(previewEntrySchema),
  csv: z.array(csvLayoutSchema),
  /** Whether confirming would write anything at all. */
  writable: z.boolean(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importOutcomeSchema = z.object({
  counts: importCountsSchema,
  files: z.array(z.object({ name: z.string(), importId: z.string() })),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
