import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseCamt053 } from '../../shared/domain/bank/camt053';
import { detectStatementFormat, parseStatement } from '../../shared/domain/bank/index';
import type { ParsedBankEntry } from '../../shared/domain/import/types';

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/samples/camt053');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');

// ---------------------------------------------------------------------------------------------------------------
// The expected parses are genkgo/camt objects serialised to JSON. Repeated objects are written once and then as
// "__RECURSIVITY__", which is why a list sometimes holds that marker instead of the object it repeats.

type Json = { [key: string]: unknown };
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

type Expected = {
  statementId: string;
  index: number;
  accountIban: string;
  amountCents: number;
  currency: string;
  direction: ParsedBankEntry['direction'];
  bookingDate: string;
  valueDate: string | null;
  reversal: boolean;
  entryRef: string;
  counterpartyName: string;
  counterpartyIban: string;
  reference: string | null;
  remittance: string;
  endToEndId: string;
};

/** Money\Money amounts are signed minor units as a string: "-700". */
function signedCents(amount: string): number {
  expect(amount).toMatch(/^-?\d+$/);
  return Number(amount);
}

function expectedFrom(json: Json): Expected[] {
  return arr(json.getEntries).map((e) => {
    const entry = obj(e);
    const record = obj(entry.getRecord);
    const account = obj(record.getAccount);
    const amount = obj(entry.getAmount);
    const cents = signedCents(str(amount.getAmount));
    const direction = str(entry.getCreditDebitIndicator) === 'CRDT' ? 'credit' : 'debit';
    const td = obj(entry.getTransactionDetail);
    // Money in: the debtor is the other party; money out: the creditor.
    const wanted = direction === 'credit' ? 'Debtor' : 'Creditor';
    const party = arr(td.getRelatedParties)
      .map(obj)
      .find((p) => str(obj(p.getRelatedPartyType).__CLASS__).endsWith(`\\${wanted}`));
    const rmt = obj(td.getRemittanceInformation);
    const blocks = arr(rmt.getUnstructuredBlocks).map((b) => (b === '__RECURSIVITY__' ? rmt.getUnstructuredBlock : b));
    const valueDate = str(obj(entry.getValueDate)['0']);
    return {
      statementId: str(record.getId),
      index: Number(entry.getIndex),
      accountIban: str(obj(account.getIban).getIban) || str(account.getIdentification),
      amountCents: Math.abs(cents),
      currency: str(obj(amount.getCurrency).getCode),
      direction,
      // genkgo turns a DtTm into UTC; for these samples the calendar day stays the same.
      bookingDate: str(obj(entry.getBookingDate)['0']).slice(0, 10),
      valueDate: valueDate ? valueDate.slice(0, 10) : null,
      reversal: entry.getReversalIndicator === true,
      entryRef: str(entry.getReference) || str(entry.getAccountServicerReference) || String(entry.getIndex),
      counterpartyName: party ? str(obj(party.getRelatedPartyType).getName) : '',
      counterpartyIban: party ? str(obj(obj(party.getAccount).getIban).getIban) : '',
      reference: str(obj(rmt.getCreditorReferenceInformation).getRef) || null,
      remittance: blocks.map((b) => str(obj(b).getMessage)).join(' '),
      endToEndId: str(obj(td.getReference).getEndToEndId),
    } satisfies Expected;
  });
}

describe('parseCamt053 over the genkgo/camt samples', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xml'));

  it('finds the sample folder', () => {
    expect(files).toEqual(
      expect.arrayContaining(['camt053.v2.minimal.xml', 'camt053.v2.multi.statement.xml', 'camt053.v8.xml']),
    );
  });

  it.each(files)('%s matches its expected parse', (file) => {
    const xml = sample(file);
    const { items, issues } = parseCamt053(xml);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    // One TxDtls per entry in every sample, so one item per <Ntry>.
    expect(items).toHaveLength(xml.match(/<Ntry>/g)?.length ?? -1);

    const expected = expectedFrom(JSON.parse(sample(file.replace(/\.xml$/, '.json'))) as Json);
    expect(expected.length).toBeGreaterThan(0);
    for (const exp of expected) {
      const inStatement = items.filter((i) => i.statementId === exp.statementId);
      const got = inStatement[exp.index];
      expect(got, `${file} ${exp.statementId} #${exp.index}`).toBeDefined();
      if (!got) continue;
      expect(got).toMatchObject({
        accountIban: exp.accountIban,
        amountCents: exp.amountCents,
        currency: exp.currency,
        direction: exp.direction,
        bookingDate: exp.bookingDate,
        valueDate: exp.valueDate,
        reversal: exp.reversal,
        counterpartyName: exp.counterpartyName,
        counterpartyIban: exp.counterpartyIban,
        counterpartyIbanValid: true,
        remittance: exp.remittance,
        endToEndId: exp.endToEndId,
      });
      expect(got.structuredReference?.value ?? null).toBe(exp.reference);
    }
  });

  it('reads v02 minimal: a credit with a BBA reference and the line of its <Ntry>', () => {
    const { items, issues } = parseCamt053(sample('camt053.v2.minimal.xml'));
    expect(items).toEqual([
      {
        line: 90,
        // What the transaction is, not where it stands: account, booking date, currency, direction, amount,
        // counterparty account, reference (no end-to-end id here), position among identical ones.
        entryKey: 'NL26VAYB8060476890|2014-12-31|EUR|C|885|NL56AGDH9619008421|r:4654654654654654|0',
        accountIban: 'NL26VAYB8060476890',
        statementId: '253EURNL26VAYB8060476890',
        bookingDate: '2014-12-31',
        valueDate: '2015-01-02',
        currency: 'EUR',
        amountCents: 885,
        direction: 'credit',
        reversal: false,
        counterpartyName: 'NAME NAME',
        counterpartyIban: 'NL56AGDH9619008421',
        counterpartyBic: '',
        counterpartyIbanValid: true,
        structuredReference: { scheme: 'be', value: '4654654654654654' },
        remittance: '',
        endToEndId: '',
      },
    ]);
    // Issuer BBA says Belgian OGM, but 16 digits cannot be one: kept as the bank gave it, with a warning.
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', key: 'errors.import.invalidReference', line: 163 }),
    ]);
  });

  it('reads both statements of the multi-statement file, including the one the JSON leaves out', () => {
    const { items } = parseCamt053(sample('camt053.v2.multi.statement.xml'));
    expect(items.map((i) => [i.statementId, i.line, i.direction, i.amountCents, i.counterpartyName, i.endToEndId])).toEqual([
      ['253EURNL26VAYB8060476890', 66, 'credit', 885, 'Company Name 1', '000000001'],
      ['254EURNL26VAYB8060476890', 145, 'debit', 700, 'Company Name 2', '000000002'],
    ]);
    // The debit's counterparty is its creditor.
    expect(items[1]).toMatchObject({ counterpartyIban: 'NL56AGDH9619008421', remittance: 'Transaction Description 2' });
    expect(new Set(items.map((i) => i.entryKey)).size).toBe(2);
  });

  it('reads v08: IBAN under Acct/Id/Othr, Dbtr/Pty/Nm, Sts/Cd, BookgDt/DtTm and AcctSvcrRef', () => {
    const { items } = parseCamt053(sample('camt053.v8.xml'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      line: 110,
      accountIban: 'NL26VAYB8060476890',
      bookingDate: '2014-12-31',
      // The lone TxDtls says 0 SEK; the booked 8.85 EUR is what moved.
      amountCents: 885,
      currency: 'EUR',
      counterpartyName: 'NAME NAME',
      endToEndId: 'MUELL/FINP/RA12345',
      entryKey: 'NL26VAYB8060476890|2014-12-31|EUR|C|885|NL56AGDH9619008421|e:MUELL/FINP/RA12345|0',
    });
  });

  it('gives the same keys on a second import', () => {
    const xml = sample('camt053.v2.multi.statement.xml');
    expect(parseCamt053(xml).items.map((i) => i.entryKey)).toEqual(parseCamt053(xml).items.map((i) => i.entryKey));
  });
});

// ---------------------------------------------------------------------------------------------------------------

const OWN = 'NL91ABNA0417164300';

function camt(entries: string, version = '08'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-02T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-1</Id>
      <Acct><Id><IBAN>${OWN}</IBAN></Id><Ccy>EUR</Ccy></Acct>
${entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

type EntryOptions = {
  amount?: string;
  cdi?: string;
  booked?: string;
  rvsl?: boolean;
  ref?: string;
  status?: string;
  tx?: string;
};

function ntry(o: EntryOptions = {}): string {
  return `      <Ntry>
        ${o.ref ? `<NtryRef>${o.ref}</NtryRef>` : ''}
        <Amt Ccy="EUR">${o.amount ?? '100.00'}</Amt>
        <CdtDbtInd>${o.cdi ?? 'CRDT'}</CdtDbtInd>
        ${o.rvsl ? '<RvslInd>true</RvslInd>' : ''}
        <Sts><Cd>${o.status ?? 'BOOK'}</Cd></Sts>
        <BookgDt>${o.booked ?? '<Dt>2026-03-01</Dt>'}</BookgDt>
        <ValDt><Dt>2026-03-01</Dt></ValDt>
        <NtryDtls>${o.tx ?? tx()}</NtryDtls>
      </Ntry>`;
}

type TxOptions = { amount?: string; cdi?: string; debtor?: string; debtorIban?: string; creditor?: string; creditorIban?: string; rmt?: string };

function tx(o: TxOptions = {}): string {
  return `
          <TxDtls>
            <Refs><EndToEndId>E2E-1</EndToEndId></Refs>
            ${o.amount ? `<Amt Ccy="EUR">${o.amount}</Amt>` : ''}
            ${o.cdi ? `<CdtDbtInd>${o.cdi}</CdtDbtInd>` : ''}
            <RltdPties>
              <Dbtr><Pty><Nm>${o.debtor ?? 'Klant B.V.'}</Nm></Pty></Dbtr>
              <DbtrAcct><Id><IBAN>${o.debtorIban ?? 'NL02 ABNA 0123 4567 89'}</IBAN></Id></DbtrAcct>
              <Cdtr><Pty><Nm>${o.creditor ?? 'Wij B.V.'}</Nm></Pty></Cdtr>
              <CdtrAcct><Id><IBAN>${o.creditorIban ?? OWN}</IBAN></Id></CdtrAcct>
            </RltdPties>
            ${o.rmt ?? '<RmtInf><Ustrd>Factuur 2026-001</Ustrd><Ustrd>en 2026-002</Ustrd></RmtInf>'}
          </TxDtls>`;
}

const strd = (ref: string, tp = '') =>
  `<RmtInf><Strd><CdtrRefInf>${tp ? `<Tp>${tp}</Tp>` : ''}<Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf>`;

describe('parseCamt053 on hand-made statements', () => {
  it('reads a credit: debtor as counterparty, Ustrd joined, spaces taken out of the IBAN', () => {
    const xml = camt(ntry({ ref: 'R1' }));
    const { items, issues } = parseCamt053(xml);
    expect(issues).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({
        line: xml.split('\n').findIndex((l) => l.trim() === '<Ntry>') + 1,
        entryKey: `${OWN}|2026-03-01|EUR|C|10000|NL02ABNA0123456789|e:E2E-1|0`,
        amountCents: 10000,
        direction: 'credit',
        reversal: false,
        counterpartyName: 'Klant B.V.',
        counterpartyIban: 'NL02ABNA0123456789',
        counterpartyIbanValid: true,
        remittance: 'Factuur 2026-001 en 2026-002',
        endToEndId: 'E2E-1',
      }),
    ]);
  });

  it('reads a debit: the creditor is the counterparty', () => {
    const { items } = parseCamt053(
      camt(ntry({ cdi: 'DBIT', amount: '12.5', tx: tx({ debtor: 'Wij B.V.', debtorIban: OWN, creditor: 'Leverancier', creditorIban: 'DE89370400440532013000' }) })),
    );
    expect(items[0]).toMatchObject({
      direction: 'debit',
      amountCents: 1250,
      counterpartyName: 'Leverancier',
      counterpartyIban: 'DE89370400440532013000',
    });
  });

  it('reads a reversal: a returned direct debit goes out, and its counterparty is the original payer', () => {
    const { items } = parseCamt053(camt(ntry({ cdi: 'DBIT', rvsl: true })));
    expect(items[0]).toMatchObject({ direction: 'debit', reversal: true, counterpartyName: 'Klant B.V.' });
  });

  it('keeps an entry whose counterparty IBAN fails mod 97, with a warning on the IBAN line', () => {
    const xml = camt(ntry({ tx: tx({ debtorIban: 'NL02ABNA0123456788' }) }));
    const { items, issues } = parseCamt053(xml);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ counterpartyIban: 'NL02ABNA0123456788', counterpartyIbanValid: false });
    const ibanLine = xml.split('\n').findIndex((l) => l.includes('NL02ABNA0123456788')) + 1;
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', key: 'errors.import.invalidIban', line: ibanLine }),
    ]);
  });

  it('keeps an invalid counterparty IBAN of the v02 sample as a warning too', () => {
    const xml = sample('camt053.v2.minimal.xml').replace(
      '<IBAN>NL56AGDH9619008421</IBAN>\n                                </Id>\n                            </DbtrAcct>',
      '<IBAN>NL56AGDH9619008420</IBAN>\n                                </Id>\n                            </DbtrAcct>',
    );
    const { items, issues } = parseCamt053(xml);
    expect(items[0]).toMatchObject({ counterpartyIban: 'NL56AGDH9619008420', counterpartyIbanValid: false });
    expect(issues.map((i) => [i.severity, i.key])).toContainEqual(['warning', 'errors.import.invalidIban']);
  });

  it.each([
    ['CUR issuer', strd('5000056789012345', '<Issr>CUR</Issr>'), { scheme: 'nl', value: '5000056789012345' }],
    ['BBA issuer', strd('+++010/8068/17183+++', '<CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr>'), { scheme: 'be', value: '010806817183' }],
    ['ISO issuer', strd('RF18 5390 0754 7034', '<CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr>'), { scheme: 'rf', value: 'RF18539007547034' }],
    ['RF prefix, no issuer', strd('RF18539007547034', '<CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry>'), { scheme: 'rf', value: 'RF18539007547034' }],
    ['valid kenmerk, no issuer', strd('5000056789012345'), { scheme: 'nl', value: '5000056789012345' }],
  ])('maps a structured reference with %s', (_label, rmt, expected) => {
    const { items, issues } = parseCamt053(camt(ntry({ tx: tx({ rmt }) })));
    expect(items[0]?.structuredReference).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('puts a reference of unknown scheme into the remittance text', () => {
    const { items } = parseCamt053(camt(ntry({ tx: tx({ rmt: strd('INV-2026-17') }) })));
    expect(items[0]).toMatchObject({ structuredReference: null, remittance: 'INV-2026-17' });
  });

  it('takes the date part of a BookgDt/DtTm as written, without shifting to UTC', () => {
    const { items } = parseCamt053(camt(ntry({ booked: '<DtTm>2026-03-01T00:30:00+01:00</DtTm>' })));
    expect(items[0]?.bookingDate).toBe('2026-03-01');
  });

  it('converts amounts exactly and refuses a third non-zero decimal', () => {
    const xml = camt([ntry({ amount: '0.29' }), ntry({ amount: '1234567.895' }), ntry({ amount: '1.500' })].join('\n'));
    const { items, issues } = parseCamt053(xml);
    expect(items.map((i) => i.amountCents)).toEqual([29, 150]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', field: 'Ntry/Amt', key: 'errors.import.badAmount' }),
    ]);
  });

  it('leaves out an entry with a missing amount, a bad date or a bad CdtDbtInd, on that entry\'s line', () => {
    const xml = camt(
      [
        ntry({ ref: 'OK1' }),
        ntry({ amount: '' }),
        ntry({ booked: '<Dt>2026-02-30</Dt>' }),
        ntry({ cdi: 'CREDIT' }),
        ntry({ ref: 'OK2' }),
      ].join('\n'),
    );
    const ntryLines = xml.split('\n').flatMap((l, i) => (l.trim() === '<Ntry>' ? [i + 1] : []));
    const { items, issues } = parseCamt053(xml);
    // The two sound entries are the same transaction twice: their keys differ only in the position.
    expect(items.map((i) => i.entryKey.split('|').pop())).toEqual(['0', '1']);
    expect(items.map((i) => i.line)).toEqual([ntryLines[0], ntryLines[4]]);
    expect(issues.map((i) => [i.severity, i.line, i.field, i.key])).toEqual([
      ['error', ntryLines[1], 'Ntry/Amt', 'errors.import.missing'],
      ['error', ntryLines[2], 'Ntry/BookgDt', 'errors.import.badDate'],
      ['error', ntryLines[3], 'Ntry/CdtDbtInd', 'errors.import.badDirection'],
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('leaves out pending entries with a warning', () => {
    const { items, issues } = parseCamt053(camt([ntry({ status: 'PDNG' }), ntry()].join('\n')));
    expect(items).toHaveLength(1);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', key: 'errors.import.notBooked' })]);
  });

  it('splits a batch entry into its transactions, each with its own amount and key', () => {
    const batch = ntry({
      ref: 'B1',
      amount: '150.00',
      tx: [tx({ amount: '100.00', debtor: 'Eerste' }), tx({ amount: '50.00', debtor: 'Tweede', rmt: strd('5000056789012345', '<Issr>CUR</Issr>') })].join(''),
    });
    const { items, issues } = parseCamt053(camt(batch));
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.entryKey, i.amountCents, i.counterpartyName, i.structuredReference?.value ?? null])).toEqual([
      [`${OWN}|2026-03-01|EUR|C|10000|NL02ABNA0123456789|e:E2E-1|0`, 10000, 'Eerste', null],
      [`${OWN}|2026-03-01|EUR|C|5000|NL02ABNA0123456789|e:E2E-1|0`, 5000, 'Tweede', '5000056789012345'],
    ]);
    expect(items[0]?.line).toBe(items[1]?.line);
  });

  it('warns when the transactions of a batch do not add up to the entry', () => {
    const batch = ntry({ amount: '150.00', tx: [tx({ amount: '100.00' }), tx({ amount: '40.00' })].join('') });
    const { items, issues } = parseCamt053(camt(batch));
    expect(items).toHaveLength(2);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', key: 'errors.import.batchSumMismatch' })]);
  });

  it('keeps entries apart when a bank repeats an entry reference', () => {
    const { items } = parseCamt053(camt([ntry({ ref: 'SAME' }), ntry({ ref: 'SAME' })].join('\n')));
    expect(new Set(items.map((i) => i.entryKey)).size).toBe(2);
  });

  it('matches on local names: a namespace prefix and version 04 make no difference', () => {
    const plain = camt(ntry({ ref: 'P1' }), '04');
    const prefixed = plain
      .replace(/<(\/?)([A-Za-z])/g, '<$1c:$2')
      .replace('xmlns="', 'xmlns:c="');
    const a = parseCamt053(plain);
    const b = parseCamt053(prefixed);
    expect(b.issues).toEqual([]);
    expect(b.items).toEqual(a.items);
  });
});

describe('parseCamt053 on files that are not a CAMT.053', () => {
  it('reports HTML saved as .xml as one file-level error', () => {
    const html = '<!DOCTYPE html>\n<html><head><title>Internetbankieren</title></head><body>Sessie verlopen<br></body></html>';
    expect(parseCamt053(html)).toEqual({
      items: [],
      issues: [expect.objectContaining({ severity: 'error', line: null, key: 'errors.import.html' })],
    });
    expect(parseStatement(html, 'afschrift.xml')).toMatchObject({ format: 'unknown', items: [] });
  });

  it('reports a file cut in the middle with the line where it stops', () => {
    const xml = sample('camt053.v2.minimal.xml');
    const cut = xml.slice(0, Math.floor(xml.length / 2));
    const { items, issues } = parseCamt053(cut);
    expect(items).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'error',
      key: 'errors.import.xmlTruncated',
      line: cut.trimEnd().split('\n').length,
    });
  });

  it('reports the last line of a cut file with Windows line endings too', () => {
    const xml = sample('camt053.v2.minimal.xml').replace(/\r?\n/g, '\r\n');
    const cut = xml.slice(0, Math.floor(xml.length / 2));
    expect(parseCamt053(cut).issues).toMatchObject([
      { key: 'errors.import.xmlTruncated', line: cut.trimEnd().split('\r\n').length },
    ]);
  });

  it('expands no DOCTYPE entity, however deeply nested', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`);
    const doctype = `<!DOCTYPE Document [\n<!ENTITY lol0 "lol">\n${levels.join('\n')}\n]>`;
    const xml = camt(ntry({ ref: '&lol9;' })).replace('?>\n', `?>\n${doctype}\n`);
    const line = xml.split('\n').findIndex((l) => l.includes('&lol9;')) + 1;
    expect(parseCamt053(xml)).toEqual({
      items: [],
      issues: [expect.objectContaining({ severity: 'error', key: 'errors.import.xmlSyntax', line })],
    });
  });

  it('reports malformed XML with the line of the fault', () => {
    const xml = camt(ntry()).replace('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CRDT</CdtDbtIndx>');
    const faultLine = xml.split('\n').findIndex((l) => l.includes('</CdtDbtIndx>')) + 1;
    expect(parseCamt053(xml).issues).toEqual([
      expect.objectContaining({ severity: 'error', key: 'errors.import.xmlSyntax', line: faultLine }),
    ]);
  });

  const GRP_HDR = '<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-02T06:00:00</CreDtTm></GrpHdr>';
  const statementBody = `<BkToCstmrStmt>${GRP_HDR}<Stmt><Id>S1</Id><Acct><Id><IBAN>${OWN}</IBAN></Id></Acct></Stmt></BkToCstmrStmt>`;
  const iso = (ns: string) => `urn:iso:std:iso:20022:tech:xsd:${ns}`;

  it.each([
    ['a camt.052 account report', '<BkToCstmrAcctRpt><GrpHdr/><Rpt/></BkToCstmrAcctRpt>', iso('camt.052.001.08'), 'accountReport', { found: iso('camt.052.001.08') }],
    ['a camt.054 notification', '<BkToCstmrDbtCdtNtfctn><GrpHdr/><Ntfctn/></BkToCstmrDbtCdtNtfctn>', iso('camt.054.001.08'), 'notification', { found: iso('camt.054.001.08') }],
    ['a camt.052 namespace around a statement element', statementBody, iso('camt.052.001.02'), 'accountReport', { found: iso('camt.052.001.02') }],
    ['a pain.001 order', '<CstmrCdtTrfInitn><GrpHdr/></CstmrCdtTrfInitn>', iso('pain.001.001.09'), 'notCamt053', { found: 'CstmrCdtTrfInitn' }],
    ['another ISO 20022 message', '<Body/>', iso('camt.060.001.05'), 'notCamt053', { found: 'camt.060' }],
    ['a statement in a namespace that is not ISO 20022', statementBody, 'urn:example:bank:statement', 'unknownNamespace', { namespace: 'urn:example:bank:statement' }],
    ['a statement without a namespace', statementBody, null, 'noNamespace', undefined],
    ['a camt.053 with a group header but no statement', `<BkToCstmrStmt>${GRP_HDR}</BkToCstmrStmt>`, iso('camt.053.001.02'), 'noStatement', { field: 'BkToCstmrStmt/Stmt' }],
    ['an empty camt.053 document', '', iso('camt.053.001.08'), 'noStatement', { field: 'BkToCstmrStmt' }],
  ])('refuses %s, saying what it is', (_label, body, ns, key, params) => {
    const xml = `<?xml version="1.0"?>\n<Document${ns ? ` xmlns="${ns}"` : ''}>${body}</Document>`;
    const result = parseCamt053(xml);
    expect(result).toEqual({ items: [], issues: [expect.objectContaining({ severity: 'error', line: null, key: `errors.import.${key}` })] });
    expect(result.issues[0]?.params).toEqual(params);
    expect(result.issues[0]?.message).toMatch(/not|no /);
  });

  it('reads a camt.053 of a version it was not checked against, with a note', () => {
    const { items, issues } = parseCamt053(camt(ntry(), '10'));
    expect(items).toHaveLength(1);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', line: null, key: 'errors.import.camtVersion', params: { version: '10' } })]);
  });

  it('takes the counterparty bank from RltdAgts (BIC up to v03, BICFI later)', () => {
    const agents = (tag: string) => `<RltdAgts><DbtrAgt><FinInstnId><${tag}>ABNANL2A</${tag}></FinInstnId></DbtrAgt><CdtrAgt><FinInstnId><${tag}>INGBNL2A</${tag}></FinInstnId></CdtrAgt></RltdAgts>`;
    const withAgents = (tag: string) => tx().replace('</RltdPties>', `</RltdPties>${agents(tag)}`);
    expect(parseCamt053(camt(ntry({ tx: withAgents('BIC') }), '02')).items[0]?.counterpartyBic).toBe('ABNANL2A');
    expect(parseCamt053(camt(ntry({ tx: withAgents('BICFI'), cdi: 'DBIT' }))).items[0]?.counterpartyBic).toBe('INGBNL2A');
    expect(parseCamt053(camt(ntry())).items[0]?.counterpartyBic).toBe('');
  });

  it('reports text that is not XML', () => {
    expect(parseCamt053(':20:STARTUMS\n:25:NL91ABNA0417164300').issues).toEqual([
      expect.objectContaining({ severity: 'error', line: null, key: 'errors.import.notXml' }),
    ]);
    expect(parseCamt053('').issues[0]?.key).toBe('errors.import.notXml');
  });
});

describe('parseStatement', () => {
  it('detects CAMT.053 by content, whatever the file is called', () => {
    const xml = sample('camt053.v8.xml');
    expect(detectStatementFormat(xml)).toBe('camt053');
    const result = parseStatement(xml, 'statement.txt');
    expect(result.format).toBe('camt053');
    expect(result.items).toHaveLength(1);
  });

  it('detects CAMT.053 with a BOM and a namespace prefix', () => {
    const xml = '\uFEFF' + camt(ntry()).replace(/<(\/?)([A-Za-z])/g, '<$1c:$2').replace('xmlns="', 'xmlns:c="');
    expect(parseStatement(xml).format).toBe('camt053');
  });

  it('reports a file that is neither format', () => {
    expect(parseStatement('Datum;Bedrag\n2026-03-01;12,50', 'export.csv')).toEqual({
      format: 'unknown',
      items: [],
      issues: [expect.objectContaining({ severity: 'error', line: null, key: 'errors.import.unknownStatementFormat' })],
    });
  });
});
