import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../shared/domain/bank';
import { findTwins, type KnownEntry } from '../../shared/domain/bank/duplicates';
import { keyTransactions, transactionBase } from '../../shared/domain/bank/transaction-key';
import type { ParsedBankEntry } from '../../shared/domain/import/types';
import { camt053, type TestEntry } from '../shell/camt053';
import { mt940 } from '../shell/mt940';

/** One day of an office's account: payments by reference and by text, a fee, a reversal, two identical ones. */
const DAY: TestEntry[] = [
  { amountCents: 121_000, reference: { scheme: 'nl', value: '5000056789012345' }, name: 'Alpha BV', iban: 'NL91ABNA0417164300', endToEndId: 'ALPHA-0001' },
  { amountCents: 5_000, text: 'factuur F-5 deel 1', name: 'Beta GmbH', iban: 'DE89370400440532013000', endToEndId: 'NOTPROVIDED' },
  { amountCents: 4_321, direction: 'debit', text: 'kosten', name: 'De Bank', iban: 'NL02ABNA0123456789', endToEndId: 'FEE-11' },
  { amountCents: 9_900, direction: 'debit', reversal: true, text: 'storno', name: 'Gamma', iban: 'NL02ABNA0123456789', endToEndId: 'G-7' },
  { amountCents: 900, text: 'parkeren', name: 'Parking', iban: 'NL02ABNA0123456789', endToEndId: 'NOTPROVIDED' },
  { amountCents: 900, text: 'parkeren', name: 'Parking', iban: 'NL02ABNA0123456789', endToEndId: 'NOTPROVIDED' },
];

const parse = (text: string, name: string) => {
  const r = parseStatement(text, name);
  expect(r.issues.filter((i) => i.severity === 'error'), name).toEqual([]);
  return r.items;
};

const known = (entries: ParsedBankEntry[], file: string): KnownEntry[] => entries.map((e) => ({ ...e, file, importedAt: '2026-11-21T08:00:00.000Z' }));

describe('transaction keys', () => {
  it('are the same for one day exported as CAMT.053 and as MT940, under other statement ids', () => {
    const camt = parse(camt053('CAMT-2026-11-20', DAY), 'day.xml');
    const sta = parse(mt940('940S261120', DAY), 'day.sta');
    expect(camt.map((e) => e.statementId)).not.toEqual(sta.map((e) => e.statementId));
    expect(sta.map((e) => e.entryKey)).toEqual(camt.map((e) => e.entryKey));
    expect(new Set(camt.map((e) => e.entryKey)).size).toBe(DAY.length);
    // The two identical parking payments differ only in their position.
    expect(camt[5]?.entryKey).toBe(camt[4]?.entryKey.replace(/\|0$/, '|1'));
    expect(camt[3]?.entryKey).toBe('NL91ABNA0417164300|2026-11-20|EUR|RD|9900|NL02ABNA0123456789|e:G-7|0');
  });

  it('use the end-to-end id, else the structured reference, and fold case and spaces', () => {
    const e = parse(camt053('S', DAY), 'day.xml');
    expect(e[0]?.entryKey).toContain('|e:ALPHA-0001|');
    // NOTPROVIDED is no id: the entry has no reference either, so that part is empty.
    expect(e[1]?.entryKey).toBe('NL91ABNA0417164300|2026-11-20|EUR|C|5000|DE89370400440532013000||0');
    const noE2e = { ...e[0]!, endToEndId: '' };
    expect(transactionBase(noE2e)).toContain('|r:5000056789012345');
    expect(transactionBase({ ...noE2e, accountIban: 'nl91 abna 0417 1643 00', counterpartyIban: 'nl91abna0417164300' })).toBe(transactionBase(noE2e));
  });

  it('count positions per file, whatever lies between identical entries', () => {
    const base = parse(camt053('S', DAY), 'day.xml');
    const shuffled = keyTransactions([base[4]!, base[0]!, base[5]!].map((e) => ({ ...e })));
    expect(shuffled.map((e) => e.entryKey.split('|').pop())).toEqual(['0', '0', '1']);
  });
});

describe('findTwins', () => {
  const camt = parse(camt053('CAMT-1', DAY), 'day.xml');

  it('finds every entry of the same day in the other format as certainly imported, with file and date', () => {
    const twins = findTwins([{ name: 'day.sta', entries: parse(mt940('940-1', DAY), 'day.sta') }], known(camt, 'day.xml'));
    expect(twins).toEqual([camt.map((e) => ({ certain: true, entryKey: e.entryKey, file: 'day.xml', importedAt: '2026-11-21T08:00:00.000Z' }))]);
  });

  it('finds a re-export in the same import as a twin of the first file, with no import date', () => {
    const again = parse(camt053('CAMT-2', DAY), 'again.xml');
    const twins = findTwins([{ name: 'day.xml', entries: camt }, { name: 'again.xml', entries: again }], []);
    expect(twins[0]).toEqual(camt.map(() => null));
    expect(twins[1]?.map((t) => t && [t.certain, t.file, t.importedAt])).toEqual(camt.map(() => [true, 'day.xml', null]));
  });

  it('calls an entry that lacks the counterparty or the id a possible twin, one twin per known entry', () => {
    // An older export of the same day: no counterparty account, no end-to-end id.
    const bare = camt.map((e) => ({ ...e, counterpartyIban: '', endToEndId: '', structuredReference: null }));
    keyTransactions(bare);
    const twins = findTwins([{ name: 'old.sta', entries: bare }], known(camt, 'day.xml'));
    expect(twins[0]?.map((t) => t && [t.certain, t.entryKey])).toEqual(camt.map((e) => [false, e.entryKey]));
    // A third parking payment that day has no twin left: it is new.
    const third = keyTransactions([...bare, { ...bare[4]! }]);
    expect(findTwins([{ name: 'old.sta', entries: third }], known(camt, 'day.xml'))[0]?.[6]).toBeNull();
  });

  it('finds no twin where a detail contradicts, or the booking differs', () => {
    const other = (o: Partial<ParsedBankEntry>) => keyTransactions([{ ...camt[0]!, ...o }]);
    for (const change of [
      { counterpartyIban: 'DE89370400440532013000' },
      { endToEndId: 'ALPHA-0002' },
      { endToEndId: '', structuredReference: { scheme: 'nl' as const, value: '1000000000000009' } },
      { amountCents: 121_001 },
      { bookingDate: '2026-11-21' },
      { direction: 'debit' as const },
      { reversal: true },
      { accountIban: 'NL20INGB0001234567' },
    ]) {
      expect(findTwins([{ name: 'x', entries: other(change) }], known(camt, 'day.xml')), JSON.stringify(change)).toEqual([[null]]);
    }
  });

  it('never pairs two entries of one file', () => {
    const a = { ...camt[0]! };
    const b = { ...camt[0]!, counterpartyIban: '', endToEndId: '' };
    expect(findTwins([{ name: 'one.xml', entries: keyTransactions([a, b]) }], [])).toEqual([[null, null]]);
  });
});
