export const documentKinds = [
  'invoice',
  'quote',
  'delivery_note',
  'work_order',
  'credit_note',
  'purchase_order',
  'cancellation',
  'storage_letter',
  'advertising',
  'reminder',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A customer's e-mail addresses: at most one per purpose by construction (a record keyed by purpose). */
export type EmailBook = { purpose: Partial<Record<DocumentKind, string>>; accounting: string; standard: string };

export type Recipient = { address: string; via: 'purpose' | 'accounting' | 'standard' } | { address: null; via: 'none' };

// Forms and imports store '' or stray whitespace for "no address"; sending to those would only bounce.
const present = (s: string | undefined): string | null => {
  const t = s?.trim() ?? '';
  return t === '' ? null : t;
};

/**
 * Where a document of this kind goes. Every sender calls this so the priority (purpose, accounting, standard) is
 * decided once; `none` tells the caller to fall back to a printed letter.
 */
export function resolveRecipient(book: EmailBook, kind: DocumentKind): Recipient {
  const purpose = present(book.purpose[kind]);
  if (purpose) return { address: purpose, via: 'purpose' };
  const accounting = present(book.accounting);
  if (accounting) return { address: accounting, via: 'accounting' };
  const standard = present(book.standard);
  if (standard) return { address: standard, via: 'standard' };
  return { address: null, via: 'none' };
}
