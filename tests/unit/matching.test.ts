import { describe, it, expect } from 'vitest';
import {
  matchEntries,
  normaliseName,
  MAX_CANDIDATES,
  type EntryMatch,
  type KnownCustomer,
  type OpenInvoice,
} from '../../shared/domain/bank/matching';
import type { ParsedBankEntry } from '../../shared/domain/import/types';
import {
  formatBeReference,
  formatReference,
  makeNlReference,
  makeReference,
  makeRfReference,
} from '../../shared/domain/payment/reference';

let entrySeq = 0;
function entry(fields: Partial<ParsedBankEntry>): ParsedBankEntry {
  entrySeq++;
  return {
    line: entrySeq,
    entryKey: `NL20INGB0001234567/1/${entrySeq}`,
    accountIban: 'NL20INGB0001234567',
    statementId: '1',
    bookingDate: '2026-05-04',
    valueDate: null,
    currency: 'EUR',
    amountCents: 0,
    direction: 'credit',
    reversal: false,
    counterpartyName: '',
    counterpartyIban: '',
    counterpartyBic: '',
    counterpartyIbanValid: true,
    structuredReference: null,
    remittance: '',
    endToEndId: '',
    ...fields,
  };
}

function invoice(fields: Partial<OpenInvoice> & { id: string }): OpenInvoice {
  return {
    number: `N-${fields.id}`,
    customerId: 'c1',
    currency: 'EUR',
    openCents: 10_000,
    paymentReference: null,
    dueDate: '2026-04-01',
    ...fields,
  };
}

const ACME: KnownCustomer = { id: 'c1', name: 'Acme B.V.', ibans: ['NL91ABNA0417164300'] };
const MULLER: KnownCustomer = { id: 'c2', name: 'Müller GmbH', ibans: [] };
const DUPONT: KnownCustomer = { id: 'c3', name: 'Dupont SA', ibans: ['BE68 5390 0754 7034'] };
const CUSTOMERS = [ACME, MULLER, DUPONT];

function only(results: EntryMatch[]): EntryMatch {
  expect(results).toHaveLength(1);
  return results[0] as EntryMatch;
}

/** The one answer for one entry against the given invoices and CUSTOMERS. */
function one(e: ParsedBankEntry, invoices: OpenInvoice[]): EntryMatch {
  return only(matchEntries([e], invoices, CUSTOMERS));
}

function matched(result: EntryMatch) {
  if (result.status !== 'matched') throw new Error(`expected a match, got ${JSON.stringify(result)}`);
  return result;
}

function unmatched(result: EntryMatch) {
  if (result.status !== 'unmatched') throw new Error(`expected no match, got ${JSON.stringify(result)}`);
  return result;
}

describe('normaliseName', () => {
  it('strips case, accents, legal forms and punctuation', () => {
    expect(normaliseName('Müller GmbH')).toBe('muller');
    expect(normaliseName('MULLER')).toBe('muller');
    expect(normaliseName('Bakkerij De Vries B.V.')).toBe('bakkerij de vries');
    expect(normaliseName('Bakkerij de Vries BV')).toBe('bakkerij de vries');
    expect(normaliseName('S.A. Dupont & Fils')).toBe('dupont fils');
    expect(normaliseName('Janssens BVBA')).toBe('janssens');
    expect(normaliseName('Peeters b.v.b.a.')).toBe('peeters');
    expect(normaliseName('Maes SPRL')).toBe('maes');
    expect(normaliseName('Rossi S.r.l.')).toBe('rossi');
    expect(normaliseName('Rossi s r l')).toBe('rossi s r l'); // loose letters are not a legal form
    expect(normaliseName('Rossi SRL')).toBe('rossi');
    expect(normaliseName('Jansen & Zn. V.O.F.')).toBe('jansen zn');
    expect(normaliseName('Schmidt GmbH & Co. KG')).toBe('schmidt co');
    expect(normaliseName('Weiß e.K.')).toBe('weiss');
    expect(normaliseName('Siemens AG')).toBe('siemens');
    expect(normaliseName('Smith Ltd.')).toBe('smith');
    expect(normaliseName('  Café  "Noël"  N.V. ')).toBe('cafe noel');
  });

  it('keeps legal-form letters that are part of a word', () => {
    expect(normaliseName('Agave Kgalagadi Bvlgari Saar')).toBe('agave kgalagadi bvlgari saar');
    expect(normaliseName('Evers Ltda')).toBe('evers ltda');
  });
});

describe('rule 1: structured reference', () => {
  it('matches a Dutch betalingskenmerk', () => {
    const ref = makeReference('nl', 4217);
    const invoices = [invoice({ id: 'i1', paymentReference: ref }), invoice({ id: 'i2' })];
    const e = entry({ amountCents: 10_000, structuredReference: { scheme: 'nl', value: formatReference('nl', ref) } });
    const r = matched(only(matchEntries([e], invoices, CUSTOMERS)));
    expect(r).toEqual({
      entryKey: e.entryKey,
      status: 'matched',
      rule: 'reference',
      customerId: 'c1',
      allocations: [{ invoiceId: 'i1', amountCents: 10_000 }],
      unallocatedCents: 0,
    });
  });

  it('matches a Belgian OGM/VCS, also when written in the remittance text', () => {
    const ref = makeReference('be', 80_681_718);
    const invoices = [invoice({ id: 'i1', customerId: 'c3', paymentReference: ref })];
    const structured = entry({ amountCents: 10_000, structuredReference: { scheme: 'be', value: formatBeReference(ref) } });
    expect(matched(only(matchEntries([structured], invoices, CUSTOMERS))).allocations).toEqual([
      { invoiceId: 'i1', amountCents: 10_000 },
    ]);
    const inText = entry({ amountCents: 10_000, remittance: `Mededeling ${formatBeReference(ref)} dank u` });
    const r = matched(only(matchEntries([inText], invoices, CUSTOMERS)));
    expect(r.rule).toBe('reference');
    expect(r.customerId).toBe('c3');
  });

  it('matches an ISO 11649 RF reference, in any case and grouping', () => {
    const ref = makeRfReference('2026 0042');
    const invoices = [invoice({ id: 'i1', paymentReference: ref })];
    const e = entry({ amountCents: 10_000, structuredReference: { scheme: 'rf', value: ref.toLowerCase() } });
    expect(matched(only(matchEntries([e], invoices, CUSTOMERS))).rule).toBe('reference');
    const inText = entry({ amountCents: 10_000, remittance: `betaling ${formatReference('rf', ref)} bedankt` });
    expect(matched(only(matchEntries([inText], invoices, CUSTOMERS))).rule).toBe('reference');
  });

  it('looks in the text when the structured reference names no open invoice', () => {
    const ref = makeReference('nl', 99);
    const invoices = [invoice({ id: 'i1', paymentReference: ref })];
    const e = entry({
      amountCents: 10_000,
      structuredReference: { scheme: 'nl', value: makeReference('nl', 12345) },
      remittance: `kenmerk ${formatReference('nl', ref)}`,
    });
    expect(matched(only(matchEntries([e], invoices, CUSTOMERS))).allocations).toEqual([
      { invoiceId: 'i1', amountCents: 10_000 },
    ]);
  });

  it('does not match an invoice in another currency', () => {
    const ref = makeReference('nl', 7);
    const invoices = [invoice({ id: 'usd', currency: 'USD', paymentReference: ref }), invoice({ id: 'eur' })];
    const e = entry({ amountCents: 5_000, structuredReference: { scheme: 'nl', value: ref } });
    const r = unmatched(only(matchEntries([e], invoices, CUSTOMERS)));
    expect(r.candidates.map((c) => c.invoiceId)).not.toContain('usd');
  });

  it('leaves a reference shared by two customers for a human', () => {
    const ref = makeReference('nl', 5);
    const invoices = [
      invoice({ id: 'a', customerId: 'c1', paymentReference: ref }),
      invoice({ id: 'b', customerId: 'c2', paymentReference: ref, dueDate: '2026-03-01' }),
    ];
    const e = entry({ amountCents: 10_000, structuredReference: { scheme: 'nl', value: ref }, counterpartyIban: ACME.ibans[0] });
    const r = unmatched(one(e, invoices));
    expect(r.candidates.map((c) => [c.invoiceId, c.reason])).toEqual([
      ['a', 'reference'],
      ['b', 'reference'],
    ]);
  });
});

describe('rule 2: invoice number in the remittance text', () => {
  const invoices = [
    invoice({ id: 'i42', number: '2026-0042', openCents: 12_100, dueDate: '2026-03-15' }),
    invoice({ id: 'i43', number: '2026-0043', openCents: 5_000, dueDate: '2026-03-01' }),
    invoice({ id: 'i44', number: '2026-0044', openCents: 7_000 }),
  ];

  it('finds several numbers among noise and pays them oldest due first', () => {
    const e = entry({ amountCents: 17_100, remittance: 'Fact. 2026-0042 en 2026-0043, zie ref 12/2026' });
    const r = matched(only(matchEntries([e], invoices, CUSTOMERS)));
    expect(r.rule).toBe('invoice_number');
    expect(r.allocations).toEqual([
      { invoiceId: 'i43', amountCents: 5_000 },
      { invoiceId: 'i42', amountCents: 12_100 },
    ]);
    expect(r.unallocatedCents).toBe(0);
  });

  it('is case-insensitive and takes a number glued to a word by a dot', () => {
    const mixed = [invoice({ id: 'x', number: 'INV-2026-7' })];
    expect(matched(only(matchEntries([entry({ amountCents: 10_000, remittance: 'inv-2026-7' })], mixed, CUSTOMERS))).rule).toBe(
      'invoice_number',
    );
    expect(matched(one(entry({ amountCents: 100, remittance: 'Fact.2026-0044' }), invoices)).allocations).toEqual([
      { invoiceId: 'i44', amountCents: 100 },
    ]);
  });

  it('matches whole tokens only', () => {
    const numeric = [invoice({ id: 'n', number: '1234' }), invoice({ id: 's', number: '123' })];
    const noHit = (text: string) =>
      expect(matchEntries([entry({ amountCents: 1, remittance: text })], numeric, CUSTOMERS)[0]?.status).toBe('unmatched');
    noHit('order 41234');
    noHit('order 12345');
    noHit('order 2026-1234');
    noHit('factuur 123'); // shorter than four characters: never by text
    noHit('EUR 1234,50'); // an amount
    noHit('van NL31 ABNA 1234 5678 90'); // a group of an IBAN
    noHit(`kenmerk ${formatReference('nl', makeNlReference('000123400000000'))}`); // a reference: x000 1234 0000 0000
    expect(matched(one(entry({ amountCents: 1, remittance: 'order: 1234.' }), numeric)).allocations).toEqual([
      { invoiceId: 'n', amountCents: 1 },
    ]);
  });

  it('ignores leading zeros only for purely numeric numbers', () => {
    const list = [invoice({ id: 'num', number: '00012345' }), invoice({ id: 'alpha', number: 'F-0042' })];
    const r = matched(only(matchEntries([entry({ amountCents: 1, remittance: 'factuur 12345' })], list, CUSTOMERS)));
    expect(r.allocations[0]?.invoiceId).toBe('num');
    expect(matchEntries([entry({ amountCents: 1, remittance: 'factuur F-42' })], list, CUSTOMERS)[0]?.status).toBe('unmatched');
    expect(matchEntries([entry({ amountCents: 1, remittance: 'factuur 0042' })], list, CUSTOMERS)[0]?.status).toBe('unmatched');
  });

  it('leaves numbers of two customers for a human', () => {
    const two = [invoice({ id: 'a', number: '2026-0100' }), invoice({ id: 'b', number: '2026-0101', customerId: 'c2' })];
    const r = unmatched(one(entry({ amountCents: 20_000, remittance: '2026-0100 2026-0101' }), two));
    expect(r.candidates.map((c) => c.reason)).toEqual(['invoice_number', 'invoice_number']);
  });
});

describe('rule 3: amount and counterparty', () => {
  it('matches the exact open amount of a customer known by IBAN', () => {
    const invoices = [
      invoice({ id: 'a', openCents: 12_100 }),
      invoice({ id: 'b', openCents: 30_000 }),
      invoice({ id: 'other', customerId: 'c3', openCents: 30_000 }),
    ];
    const e = entry({ amountCents: 30_000, counterpartyIban: 'nl91 abna 0417 1643 00', counterpartyName: 'Somebody else' });
    const r = matched(only(matchEntries([e], invoices, CUSTOMERS)));
    expect(r).toMatchObject({
      rule: 'amount_counterparty',
      customerId: 'c1',
      allocations: [{ invoiceId: 'b', amountCents: 30_000 }],
    });
  });

  it('identifies the customer by name when the IBAN is unknown', () => {
    const invoices = [
      invoice({ id: 'm1', customerId: 'c2', openCents: 45_000 }),
      invoice({ id: 'm2', customerId: 'c2', openCents: 4_500 }),
    ];
    const e = entry({ amountCents: 45_000, counterpartyName: 'MULLER', counterpartyIban: 'DE89370400440532013000' });
    expect(matched(only(matchEntries([e], invoices, CUSTOMERS)))).toMatchObject({
      rule: 'amount_counterparty',
      customerId: 'c2',
      allocations: [{ invoiceId: 'm1', amountCents: 45_000 }],
    });
  });

  it('does not fall back to the name when the IBAN names another customer', () => {
    const invoices = [invoice({ id: 'm1', customerId: 'c2', openCents: 45_000 })];
    const e = entry({ amountCents: 45_000, counterpartyName: 'Müller', counterpartyIban: ACME.ibans[0] });
    expect(only(matchEntries([e], invoices, CUSTOMERS)).status).toBe('unmatched');
  });

  it('matches the sum of all the customer’s open invoices', () => {
    const invoices = [
      invoice({ id: 'a', openCents: 10_000, dueDate: '2026-02-01' }),
      invoice({ id: 'b', openCents: 2_500, dueDate: '2026-01-01' }),
      invoice({ id: 'c', openCents: 7_500, dueDate: '2026-03-01' }),
    ];
    const r = matched(one(entry({ amountCents: 20_000, counterpartyIban: ACME.ibans[0] }), invoices));
    expect(r.allocations.map((a) => a.invoiceId)).toEqual(['b', 'a', 'c']);
    expect(r.unallocatedCents).toBe(0);
  });

  it('leaves an ambiguous amount unmatched, with candidates best first', () => {
    const invoices = [
      invoice({ id: 'late', openCents: 5_000, dueDate: '2026-04-10' }),
      invoice({ id: 'early', openCents: 5_000, dueDate: '2026-04-01' }),
      invoice({ id: 'near', openCents: 5_100, dueDate: '2026-03-01' }),
      invoice({ id: 'stranger', customerId: 'c3', openCents: 5_000 }),
      ...Array.from({ length: 6 }, (_, i) => invoice({ id: `far${i}`, openCents: 90_000 + i })),
    ];
    const e = entry({ amountCents: 5_000, counterpartyIban: ACME.ibans[0], remittance: 'thanks' });
    const r = unmatched(only(matchEntries([e], invoices, CUSTOMERS)));
    expect(r.candidates).toHaveLength(MAX_CANDIDATES);
    expect(r.candidates.slice(0, 3).map((c) => c.invoiceId)).toEqual(['early', 'late', 'near']);
    expect(r.candidates.every((c) => c.reason === 'amount_counterparty')).toBe(true);
    const scores = r.candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(r.candidates.map((c) => c.invoiceId)).not.toContain('stranger'); // exact amount, unknown payer: ranks lower
  });

  it('offers invoices by number similarity and by amount from an unknown payer', () => {
    const invoices = [invoice({ id: 'sim', number: '2026-0042' }), invoice({ id: 'amt', customerId: 'c3', openCents: 777 })];
    const r = unmatched(only(matchEntries([entry({ amountCents: 777, remittance: 'ref 2026/0042' })], invoices, CUSTOMERS)));
    expect(r.candidates.map((c) => [c.invoiceId, c.reason])).toEqual([
      ['sim', 'invoice_number'],
      ['amt', 'amount_counterparty'],
    ]);
  });
});

describe('precedence', () => {
  const ref = makeReference('nl', 1001);
  const invoices = [
    invoice({ id: 'byRef', number: '2026-0500', paymentReference: ref, openCents: 1_000 }),
    invoice({ id: 'byNumber', number: '2026-0501', openCents: 2_000 }),
    invoice({ id: 'byAmount', number: '2026-0502', openCents: 3_000 }),
  ];
  const base = { amountCents: 3_000, counterpartyIban: ACME.ibans[0] ?? '', remittance: 'factuur 2026-0501' };

  it('reference before invoice number before amount', () => {
    const withRef = entry({ ...base, structuredReference: { scheme: 'nl', value: ref } });
    expect(matched(only(matchEntries([withRef], invoices, CUSTOMERS)))).toMatchObject({
      rule: 'reference',
      allocations: [{ invoiceId: 'byRef', amountCents: 1_000 }],
      unallocatedCents: 2_000,
    });
    expect(matched(only(matchEntries([entry(base)], invoices, CUSTOMERS)))).toMatchObject({
      rule: 'invoice_number',
      allocations: [{ invoiceId: 'byNumber', amountCents: 2_000 }],
    });
    expect(matched(only(matchEntries([entry({ ...base, remittance: 'dank' })], invoices, CUSTOMERS)))).toMatchObject({
      rule: 'amount_counterparty',
      allocations: [{ invoiceId: 'byAmount', amountCents: 3_000 }],
    });
  });

  it('a reference to no open invoice falls through to the next rule', () => {
    const stale = entry({ ...base, structuredReference: { scheme: 'nl', value: makeReference('nl', 999_999) } });
    expect(matched(only(matchEntries([stale], invoices, CUSTOMERS))).rule).toBe('invoice_number');
  });

  it('an explicit reference wins an invoice that an earlier entry would take by amount', () => {
    const byAmount = entry({ amountCents: 3_000, counterpartyIban: ACME.ibans[0] });
    const byRef = entry({ amountCents: 3_000, structuredReference: { scheme: 'nl', value: makeReference('nl', 1002) } });
    const list = [invoice({ id: 'x', openCents: 3_000, paymentReference: makeReference('nl', 1002) })];
    const [first, second] = matchEntries([byAmount, byRef], list, CUSTOMERS);
    expect(first?.status).toBe('unmatched');
    expect(second).toMatchObject({
      status: 'matched',
      rule: 'reference',
      allocations: [{ invoiceId: 'x', amountCents: 3_000 }],
    });
  });
});

describe('allocation', () => {
  const ref = makeReference('be', 77);

  it('allocates a partial payment as far as it goes', () => {
    const r = matched(
      only(
        matchEntries(
          [entry({ amountCents: 4_000, structuredReference: { scheme: 'be', value: ref } })],
          [invoice({ id: 'i', paymentReference: ref })],
          CUSTOMERS,
        ),
      ),
    );
    expect(r.allocations).toEqual([{ invoiceId: 'i', amountCents: 4_000 }]);
    expect(r.unallocatedCents).toBe(0);
  });

  it('keeps an over-payment as credit', () => {
    const r = matched(
      only(
        matchEntries(
          [entry({ amountCents: 12_345, structuredReference: { scheme: 'be', value: ref } })],
          [invoice({ id: 'i', paymentReference: ref })],
          CUSTOMERS,
        ),
      ),
    );
    expect(r.allocations).toEqual([{ invoiceId: 'i', amountCents: 10_000 }]);
    expect(r.unallocatedCents).toBe(2_345);
  });

  it('consumes open amounts across entries: two entries never pay the same cent', () => {
    const invoices = [invoice({ id: 'i', paymentReference: ref, openCents: 10_000 })];
    const one = entry({ amountCents: 6_000, structuredReference: { scheme: 'be', value: ref } });
    const two = entry({ amountCents: 6_000, remittance: formatBeReference(ref) });
    const three = entry({ amountCents: 500, structuredReference: { scheme: 'be', value: ref } });
    const [a, b, c] = matchEntries([one, two, three], invoices, CUSTOMERS);
    expect(a).toMatchObject({ status: 'matched', allocations: [{ invoiceId: 'i', amountCents: 6_000 }], unallocatedCents: 0 });
    expect(b).toMatchObject({
      status: 'matched',
      allocations: [{ invoiceId: 'i', amountCents: 4_000 }],
      unallocatedCents: 2_000,
    });
    // Fully paid by now: still the customer's money, kept as credit.
    expect(c).toMatchObject({ status: 'matched', customerId: 'c1', allocations: [], unallocatedCents: 500 });
  });

  it('amount matching sees what earlier entries left open', () => {
    const invoices = [invoice({ id: 'i', number: '2026-0900', openCents: 10_000 })];
    const partial = entry({ amountCents: 4_000, remittance: 'deel 2026-0900' });
    const rest = entry({ amountCents: 6_000, counterpartyIban: ACME.ibans[0] });
    const [a, b] = matchEntries([partial, rest], invoices, CUSTOMERS);
    expect(a).toMatchObject({ status: 'matched', rule: 'invoice_number' });
    expect(b).toMatchObject({
      status: 'matched',
      rule: 'amount_counterparty',
      allocations: [{ invoiceId: 'i', amountCents: 6_000 }],
    });
  });
});

describe('ignored entries', () => {
  const ref = makeReference('nl', 31);
  const invoices = [invoice({ id: 'i', paymentReference: ref })];
  const paying = { amountCents: 10_000, structuredReference: { scheme: 'nl' as const, value: ref } };

  it('ignores debits and reversals and keeps the invoice open for real payments', () => {
    const results = matchEntries(
      [
        entry({ ...paying, direction: 'debit' }),
        entry({ ...paying, reversal: true }),
        entry({ ...paying, direction: 'debit', reversal: true }),
        entry(paying),
      ],
      invoices,
      CUSTOMERS,
    );
    const outcome = results.map((r) => (r.status === 'ignored' ? r.reason : r.status));
    expect(outcome).toEqual(['debit', 'reversal', 'reversal', 'matched']);
    expect(results[3]).toMatchObject({ allocations: [{ invoiceId: 'i', amountCents: 10_000 }] });
  });

  it('ignores an entry in a currency no open invoice is in', () => {
    expect(only(matchEntries([entry({ ...paying, currency: 'CHF' })], invoices, CUSTOMERS))).toEqual({
      entryKey: expect.any(String),
      status: 'ignored',
      reason: 'currency',
    });
  });

  it('answers every entry, in order', () => {
    const es = [entry({ direction: 'debit' }), entry({ amountCents: 1 }), entry(paying)];
    expect(matchEntries(es, invoices, CUSTOMERS).map((r) => r.entryKey)).toEqual(es.map((e) => e.entryKey));
  });
});

describe('performance', () => {
  it('matches 5,000 entries against 66,000 open invoices', () => {
    const customers: KnownCustomer[] = [];
    const invoices: OpenInvoice[] = [];
    for (let c = 0; c < 6_000; c++) {
      customers.push({ id: `c${c}`, name: `Klant ${c} B.V.`, ibans: [`NL${String(c).padStart(16, '0')}`] });
    }
    for (let i = 0; i < 66_000; i++) {
      invoices.push({
        id: `i${i}`,
        number: `2025-${String(i).padStart(6, '0')}`,
        customerId: `c${i % 6_000}`,
        currency: 'EUR',
        openCents: 1_000 + ((i * 7_919) % 500_000),
        paymentReference: makeReference(i % 3 === 0 ? 'be' : 'nl', i),
        dueDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      });
    }
    const entries: ParsedBankEntry[] = [];
    for (let k = 0; k < 5_000; k++) {
      const inv = invoices[(k * 13) % invoices.length] as OpenInvoice;
      const customer = customers[Number(inv.customerId.slice(1))] as KnownCustomer;
      const kind = k % 5;
      entries.push(
        entry({
          amountCents: kind === 4 ? 1_234 : inv.openCents,
          structuredReference:
            kind === 0 && inv.paymentReference
              ? { scheme: inv.paymentReference.length === 12 ? 'be' : 'nl', value: inv.paymentReference }
              : null,
          remittance:
            kind === 1
              ? `Fact. ${inv.number} en nog wat tekst 12/2026`
              : kind === 3
                ? `betaling ${formatReference('nl', makeReference('nl', k + 1_000_000))} bedankt`
                : 'diverse posten',
          counterpartyIban: kind === 2 || kind === 4 ? (customer.ibans[0] ?? '') : '',
          counterpartyName: kind === 3 ? 'klant 17' : 'Onbekend',
        }),
      );
    }
    const start = performance.now();
    const results = matchEntries(entries, invoices, customers);
    const ms = performance.now() - start;
    const counts: Record<string, number> = {};
    for (const r of results) {
      const outcome = r.status === 'matched' ? r.rule : r.status;
      counts[outcome] = (counts[outcome] ?? 0) + 1;
    }
    console.log(`matchEntries: ${entries.length} entries × ${invoices.length} open invoices in ${ms.toFixed(0)} ms`, counts);
    expect(results).toHaveLength(entries.length);
  });
});
