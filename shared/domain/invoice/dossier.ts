import { z } from 'zod';
import { idSchema } from '../id';

/**
 * The per-invoice dossier (DOMAIN.md §2): everything that happened about one invoice, readable by colleagues —
 * comments by users, and entries written by the app itself when the invoice is disputed, promised, paid, or
 * reminded by letter, e-mail, SMS or phone, corrected in place, or when a payment allocated to it is reversed.
 * Entries are never edited or deleted.
 */
export const dossierKinds = ['comment', 'dispute', 'promise', 'payment', 'import', 'reminder', 'email', 'letter', 'sms', 'call', 'correction', 'reversal'] as const;
export type DossierKind = (typeof dossierKinds)[number];

export const dossierEntrySchema = z.object({
  id: z.string(),
  invoiceId: z.string(),
  customerId: z.string(),
  kind: z.enum(dossierKinds),
  text: z.string(),
  at: z.string(),
  by: z.string(),
});
export type DossierEntry = z.infer<typeof dossierEntrySchema>;

export const commentInputSchema = z
  .object({ invoiceId: idSchema, text: z.string().trim().min(1, 'errors.required').max(4000) })
  .strict();
export type CommentInput = z.infer<typeof commentInputSchema>;

/**
 * A promise's dossier text: the promised date first, then the note, so the UI can show the date in the reader's
 * language. An empty text records that the promise was withdrawn (as an empty dispute text records that the
 * dispute was lifted).
 */
export const promiseText = (date: string | null, note: string): string => (date ? (note ? `${date} ${note}` : date) : '');

export function parsePromiseText(text: string): { date: string; note: string } | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?: ([\s\S]*))?$/.exec(text);
  return m ? { date: m[1]!, note: m[2] ?? '' } : null;
}
