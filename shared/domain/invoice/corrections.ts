import { z } from 'zod';
import { idSchema } from '../id';
import { AppFailure, issue } from '../../result';
import { invoiceInputSchema, type Invoice } from './invoice';

/**
 * When an invoice may be changed in place or deleted, and when it must be corrected by a credit note instead.
 * Only an invoice the office typed in itself, that no money settled and no reminder quoted, is still the office's
 * draft: an imported invoice is the copy of one in the invoicing tool (fixing it here would drift from the source),
 * an allocation means money was booked against these figures, and a reminder means the customer has read them.
 */
export const correctionBlocks = ['imported', 'allocated', 'reminded'] as const;
export type CorrectionBlock = (typeof correctionBlocks)[number];

export function correctionBlocksOf(invoice: Pick<Invoice, 'enteredByHand' | 'timesReminded'>, allocations: number, reminderItems: number): CorrectionBlock[] {
  const out: CorrectionBlock[] = [];
  if (!invoice.enteredByHand) out.push('imported');
  if (allocations > 0) out.push('allocated');
  if (invoice.timesReminded > 0 || reminderItems > 0) out.push('reminded');
  return out;
}

const blockMessages: Record<CorrectionBlock, string> = {
  imported: 'the invoice was imported; correct it with a credit note',
  allocated: 'payments or credit notes are allocated to the invoice; correct it with a credit note',
  reminded: 'a reminder quoted the invoice; correct it with a credit note',
};

/** Refuses an edit or deletion with one issue per reason, so the user reads every reason at once. */
export function refuseCorrection(number: string, blocks: readonly CorrectionBlock[]): void {
  if (blocks.length === 0) return;
  throw new AppFailure(
    'conflict',
    `invoice ${number} cannot be changed: ${blocks.map((b) => blockMessages[b]).join('; ')}`,
    blocks.map((b) => issue('id', `errors.invoice.${b}`, blockMessages[b], { number })),
  );
}

export const invoiceUpdateSchema = z.object({ id: idSchema, fields: invoiceInputSchema }).strict();

/** Why an invoice is deleted stays in the customer's history, so the reason is required. */
export const reasonSchema = z.string().trim().min(1, 'errors.required').max(500);

export const invoiceDeleteSchema = z.object({ id: idSchema, reason: reasonSchema }).strict();
