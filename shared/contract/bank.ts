import { z } from 'zod';
import { idSchema } from '../domain/id';
import { bankEntrySchema } from '../domain/bank/bank-entry';
import { invoiceCandidateSchema, invoiceSearchSchema, manualMatchSchema, unmatchedEntrySchema } from '../domain/bank/manual-matching';
import { channel, none, read } from './channel';

export const bank = {
  /** Statement entries waiting for manual matching, each with ranked candidate invoices. */
  unmatched: read(['bankEntries', 'invoices'], none, z.array(unmatchedEntrySchema)),
  searchInvoices: read(['invoices'], invoiceSearchSchema, z.array(invoiceCandidateSchema)),
  match: channel(manualMatchSchema, bankEntrySchema),
  ignore: channel(z.object({ entryId: idSchema }).strict(), bankEntrySchema),
};
