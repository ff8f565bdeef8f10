import { type CommentInput, commentInputSchema, type DossierEntry, type DossierKind } from '../../../shared/domain/invoice/dossier';
import type { Invoice } from '../../../shared/domain/invoice/invoice';
import { AppFailure } from '../../../shared/result';
import type { Actor } from '../actor';
import type { DebitumDb } from '../db';
import { type ChangeSink, write } from '../write';

/** A dossier entry about an invoice, stamped with who wrote it and when; written inside the caller's transaction. */
export const dossierEntry = (invoice: Pick<Invoice, 'id' | 'customerId'>, kind: DossierKind, text: string, actor: Actor): DossierEntry => ({
  id: crypto.randomUUID(),
  invoiceId: invoice.id,
  customerId: invoice.customerId,
  kind,
  text,
  at: actor.now,
  by: actor.user,
});

/** An invoice's dossier, newest first. */
export async function dossierOf(db: DebitumDb, invoiceId: string): Promise<DossierEntry[]> {
  const entries = await db.dossier.where('invoiceId').equals(invoiceId).toArray();
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

export function dossierRepository(db: DebitumDb, emit: ChangeSink) {
  return {
    /** A user's comment on an invoice; the dossier is never edited, so a comment is only ever added. */
    async comment(input: CommentInput, actor: Actor): Promise<DossierEntry> {
      const { invoiceId, text } = commentInputSchema.parse(input);
      // Read before the transaction, so the write tells only the dossier changed. An invoice is deleted only while it
      // is the office's own draft, and its dossier is kept then; a comment racing that deletion joins that dossier.
      const invoice = await db.invoices.get(invoiceId);
      if (!invoice) throw new AppFailure('not_found', `invoice ${invoiceId} does not exist`);
      return write(db, ['dossier'], emit, async () => {
        const entry = dossierEntry(invoice, 'comment', text, actor);
        await db.dossier.add(entry);
        return entry;
      });
    },
  };
}
