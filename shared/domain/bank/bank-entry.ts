import { z } from 'zod';

/**
 * A bank statement entry as kept after an import. Credit entries matched to invoices became payments (`creditId`);
 * unmatched ones wait for the manual matching screen; debit entries and reversals are kept, shown and ignored.
 * The entry key is unique, so a statement imported twice never books an entry twice.
 */
export const bankEntryStates = ['matched', 'unmatched', 'ignored'] as const;
export type BankEntryState = (typeof bankEntryStates)[number];

export const bankEntrySchema = z.object({
  id: z.string(),
  importId: z.string(),
  entryKey: z.string(),
  accountIban: z.string(),
  statementId: z.string(),
  bookingDate: z.string(),
  currency: z.string(),
  amountCents: z.number().int(),
  direction: z.enum(['credit', 'debit']),
  reversal: z.boolean(),
  counterpartyName: z.string(),
  counterpartyIban: z.string(),
  structuredReference: z.object({ scheme: z.enum(['nl', 'be', 'rf']), value: z.string() }).nullable(),
  remittance: z.string(),
  state: z.enum(bankEntryStates),
  /** Why an entry is ignored: a debit, a reversal, another currency, or the user said it is no customer payment. */
  ignoredReason: z.enum(['debit', 'reversal', 'currency', 'user']).nullable(),
  /** The payment this entry became, once matched. */
  creditId: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type BankEntry = z.infer<typeof bankEntrySchema>;
