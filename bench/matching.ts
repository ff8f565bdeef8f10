// Bank matching figure for `npm run bench`: a 5,000-entry statement against 66,000 open invoices of 6,000
// customers, through the same pure function the import uses. Node, no browser: matching runs next to the parser.
import type { KnownCustomer, OpenInvoice } from '../shared/domain/bank/matching';
import { matchEntries } from '../shared/domain/bank/matching';
import type { ParsedBankEntry } from '../shared/domain/import/types';
import { makeReference } from '../shared/domain/payment/reference';

export function matchingBench(entryCount = 5_000, invoiceCount = 66_000, customerCount = 6_000) {
  const customers: KnownCustomer[] = Array.from({ length: customerCount }, (_, c) => ({
    id: `c${c}`,
    name: `Klant ${c} B.V.`,
    ibans: [`NL${String(c).padStart(16, '0')}`],
  }));
  const invoices: OpenInvoice[] = Array.from({ length: invoiceCount }, (_, i) => ({
    id: `i${i}`,
    number: `2025-${String(i).padStart(6, '0')}`,
    customerId: `c${i % customerCount}`,
    currency: 'EUR',
    openCents: 1_000 + ((i * 7_919) % 500_000),
    paymentReference: makeReference(i % 3 === 0 ? 'be' : 'nl', i),
    dueDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));
  // A realistic mix: a fifth each pays by reference, names an invoice number, pays an exact amount from a known
  // account, sends an unusable text, or pays an amount nobody owes.
  const entries: ParsedBankEntry[] = Array.from({ length: entryCount }, (_, k) => {
    const inv = invoices[(k * 13) % invoices.length]!;
    const kind = k % 5;
    const ref = inv.paymentReference!;
    return {
      line: k + 1,
      entryKey: `bench|1|${k}|0`,
      accountIban: 'NL91ABNA0417164300',
      statementId: '1',
      bookingDate: '2026-11-20',
      valueDate: null,
      currency: 'EUR',
      amountCents: kind === 4 ? 1_234 : inv.openCents,
      direction: 'credit',
      reversal: false,
      counterpartyName: kind === 3 ? 'Onbekend' : `Klant ${inv.customerId.slice(1)} BV`,
      counterpartyIban: kind === 2 || kind === 4 ? `NL${inv.customerId.slice(1).padStart(16, '0')}` : '',
    counterpartyBic: '',
      counterpartyIbanValid: true,
      structuredReference: kind === 0 ? { scheme: ref.length === 12 ? 'be' : 'nl', value: ref } : null,
      remittance: kind === 1 ? `Fact. ${inv.number} betaling` : kind === 3 ? 'diverse posten november' : '',
      endToEndId: '',
    };
  });
  const t0 = performance.now();
  const results = matchEntries(entries, invoices, customers);
  const ms = performance.now() - t0;
  const matched = results.filter((r) => r.status === 'matched').length;
  return { ms, entries: entryCount, invoices: invoiceCount, matched };
}
