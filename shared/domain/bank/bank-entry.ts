import { z } from 'zod';

/**
 * A bank statement entry as kept after an import. Credit entries matched to invoices became payments (`creditId`);
 * unmatched ones wait for the manual matching screen; debit entries and reversals are kept, shown and ignored.
 * The entry key says what the transaction is (transaction-key.ts) and the id derives from it; both are unique, so
 * the same transaction never comes in twice, whichever file or format brings it.
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
  /** Since v6; null for entries imported before. */
  valueDate: z.string().nullable(),
  currency: z.string(),
  amountCents: z.number().int(),
  direction: z.enum(['credit', 'debit']),
  reversal: z.boolean(),
  counterpartyName: z.string(),
  counterpartyIban: z.string(),
  /** Since v6; '' when the file names no bank, and for entries imported before. */
  counterpartyBic: z.string(),
  structuredReference: z.object({ scheme: z.enum(['nl', 'be', 'rf']), value: z.string() }).nullable(),
  remittance: z.string(),
  /** Since v6; '' when the payer gave none (NOTPROVIDED), and for entries imported before. */
  endToEndId: z.string(),
  state: z.enum(bankEntryStates),
  /** Why an entry is ignored: a debit, a reversal, another currency, or the user said it is no customer payment. */
  ignoredReason: z.enum(['debit', 'reversal', 'currency', 'user']).nullable(),
  /** The payment this entry became, once matched. */
  creditId: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type BankEntry = z.infer<typeof bankEntrySchema>;
