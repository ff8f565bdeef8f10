import { describe, expect, it } from 'vitest';
import { type DocumentKind, documentKinds, type EmailBook, type Recipient, resolveRecipient } from '../../shared/domain/customer/recipient';

// Each address slot is missing, blank (whitespace only, which must count as missing) or present (padded, which
// must come back trimmed). Distinct addresses per slot show which one won.
type Slot = 'missing' | 'blank' | 'present';
const slots: Slot[] = ['missing', 'blank', 'present'];
const blank = ' \t ';

type Row = { kind: DocumentKind; own: Slot; others: 'none' | 'all'; accounting: Slot; standard: Slot };

const rows: Row[] = documentKinds.flatMap((kind) =>
  slots.flatMap((own) =>
    (['none', 'all'] as const).flatMap((others) =>
      slots.flatMap((accounting) => slots.map((standard) => ({ kind, own, others, accounting, standard }))),
    ),
  ),
);

function bookFor(r: Row): EmailBook {
  const purpose: EmailBook['purpose'] = {};
  if (r.others === 'all') for (const k of documentKinds) if (k !== r.kind) purpose[k] = `${k}@other.example`;
  if (r.own === 'blank') purpose[r.kind] = blank;
  if (r.own === 'present') purpose[r.kind] = `  ${r.kind}@purpose.example `;
  const str = (s: Slot, address: string) => (s === 'present' ? ` ${address}  ` : s === 'blank' ? blank : '');
  return { purpose, accounting: str(r.accounting, 'accounting@example.nl'), standard: str(r.standard, 'info@example.nl') };
}

function expected(r: Row): Recipient {
  if (r.own === 'present') return { address: `${r.kind}@purpose.example`, via: 'purpose' };
  if (r.accounting === 'present') return { address: 'accounting@example.nl', via: 'accounting' };
  if (r.standard === 'present') return { address: 'info@example.nl', via: 'standard' };
  return { address: null, via: 'none' };
}

describe('resolveRecipient', () => {
  it('covers every document kind and every combination of addresses', () => {
    expect(rows).toHaveLength(documentKinds.length * 3 * 2 * 3 * 3);
  });

  it.each(rows)('$kind: own purpose $own, other purposes $others, accounting $accounting, standard $standard', (r) => {
    expect(resolveRecipient(bookFor(r), r.kind)).toEqual(expected(r));
  });

  it('never uses the address of another purpose', () => {
    const book: EmailBook = { purpose: { invoice: 'invoices@example.nl' }, accounting: '', standard: '' };
    expect(resolveRecipient(book, 'reminder')).toEqual({ address: null, via: 'none' });
    expect(resolveRecipient(book, 'invoice')).toEqual({ address: 'invoices@example.nl', via: 'purpose' });
  });
});
