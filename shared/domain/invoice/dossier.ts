import { z } from 'zod';

/**
 * The per-invoice dossier (DOMAIN.md §2): everything that happened about one invoice, readable by colleagues —
 * comments by users, and entries written by the app itself when the invoice is disputed, promised, paid, or
 * (later) reminded by letter, e-mail, SMS or phone. Entries are never edited or deleted.
 */
export const dossierKinds = ['comment', 'dispute', 'promise', 'payment', 'import', 'reminder', 'email', 'letter', 'sms', 'call'] as const;
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
  .object({ invoiceId: z.string().min(1), text: z.string().trim().min(1, 'errors.required').max(4000) })
  .strict();
export type CommentInput = z.infer<typeof commentInputSchema>;
