/**
 * MT940 as German banks write it, built here from the format's rules (the Deutsche Kreditwirtschaft's MT940
 * layout, SWIFT's block envelope), not copied from any bank or parser: :86: with a GVC code and ?00–?63
 * subfields of at most 27 characters, SEPA keys in the purpose, lines of at most 65 characters, CRLF.
 */
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../shared/domain/bank';
import { readGvc } from '../../shared/domain/bank/mt940-gvc';
import { parseMt940 } from '../../shared/domain/bank/mt940';
import { detectImportKind } from '../../shared/domain/import/detect';

/** The purpose as the bank cuts it: 27 characters per subfield, ?20 to ?29, then ?60 to ?63. */
function purpose(text: string): string {
  const tags = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '60', '61', '62', '63'];
  const chunks = text.match(/.{1,27}/g) ?? [];
  expect(chunks.length).toBeLessThanOrEqual(tags.length);
  return chunks.map((c, i) => `?${tags[i]}${c}`).join('');
}

/** A :86: field cut into lines of 65 characters, wherever that falls (inside a word, a value or a tag). */
function field86(content: string): string[] {
  const lines = `:86:${content}`.match(/.{1,65}/g) ?? [];
  expect(lines.length).toBeLessThanOrEqual(6);
  return lines;
}

const OWN_BLZ = '10050000/0123456789';
/** DE + check digits + bank code + account, zero-padded: what the bank's CAMT.053 names the account. */
const OWN_IBAN = 'DE17100500000123456789';
const PAYER = 'DE44500105175407324931';
const TELCO = 'DE89370400440532013000';

const credit = `166?00SEPA-GUTSCHRIFT?109310${purpose('EREF+RE2026-0042-E2E-0001KREF+K-20260302-77SVWZ+Rechnung RE2026-0042 vom 15.02.2026 Kundennummer K-1001')}?30COBADEFFXXX?31${PAYER}?32Mueller Maschinenbau GmbH u?33nd Co. KG`;
const debit = `105?00FOLGELASTSCHRIFT?109248${purpose('EREF+INV-77812MREF+M-2019-0042CRED+DE98ZZZ09999999999SVWZ+Monatsbeitrag Maerz 2026ABWA+Telefon Service GmbH')}?30DEUTDEFF?31${TELCO}?32Telefon AG`;
const returned = `159?00SEPA-RUECKUEBERWEISUNG?109310${purpose('EREF+RE2026-0042-E2E-0001SVWZ+Retoure Konto erloschen')}?30COBADEFFXXX?31${PAYER}?32Mueller Maschinenbau GmbH?34901`;
const oldStyle = `051?00UEBERWEISUNG?109200?20Miete Maerz?21Wohnung 3 links?3050010517?310005407324?32Hans Schmidt`;

const SPARKASSE = [
  ':20:STARTUMSE',
  `:25:${OWN_BLZ}`,
  ':28C:00042/001',
  ':60F:C260227EUR1000,00',
  // A funds code (R, the last letter of EUR) after the D/C mark.
  ':61:2603020302CR1500,00N166NONREF//260302000001',
  ...field86(credit),
  ':61:2603030303DR49,90N105NONREF//260303000002',
  ...field86(debit),
  // RC: the credit of the 2nd is reversed, the money goes back out.
  ':61:2603040304RC1500,00N159NONREF',
  ...field86(returned),
  ':61:2603040304C800N051NONREF',
  ...field86(oldStyle),
  ':62F:C260304EUR1750,10',
  '-',
].join('\r\n');

describe('readGvc', () => {
  it('reads the subfields, joining a purpose and a name cut across subfields', () => {
    const d = readGvc(credit);
    expect(d).toMatchObject({
      code: '166',
      bookingText: 'SEPA-GUTSCHRIFT',
      primanota: '9310',
      bic: 'COBADEFFXXX',
      account: PAYER,
      name: 'Mueller Maschinenbau GmbH und Co. KG',
      freeText: '',
      sepa: { EREF: 'RE2026-0042-E2E-0001', KREF: 'K-20260302-77', SVWZ: 'Rechnung RE2026-0042 vom 15.02.2026 Kundennummer K-1001' },
    });
    expect(readGvc(returned).returnCode).toBe('901');
    expect(readGvc(debit).sepa).toEqual({
      EREF: 'INV-77812',
      MREF: 'M-2019-0042',
      CRED: 'DE98ZZZ09999999999',
      SVWZ: 'Monatsbeitrag Maerz 2026',
      ABWA: 'Telefon Service GmbH',
    });
  });

  it('keeps a purpose without SEPA keys as free text', () => {
    expect(readGvc(oldStyle)).toMatchObject({ freeText: 'Miete Maerz Wohnung 3 links', sepa: {}, bic: '50010517', account: '0005407324' });
  });
});

describe('parseMt940 on a German bank statement', () => {
  it('maps the subfields onto the bank-entry fields, with CRLF, funds codes and a reversal', () => {
    const { items, issues } = parseMt940(SPARKASSE);
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.bookingDate, i.direction, i.reversal, i.amountCents])).toEqual([
      ['2026-03-02', 'credit', false, 150_000],
      ['2026-03-03', 'debit', false, 4_990],
      ['2026-03-04', 'debit', true, 150_000],
      ['2026-03-04', 'credit', false, 80_000],
    ]);
    expect(items[0]).toMatchObject({
      line: 5,
      accountIban: OWN_IBAN,
      statementId: 'STARTUMSE/00042/001',
      currency: 'EUR',
      counterpartyName: 'Mueller Maschinenbau GmbH und Co. KG',
      counterpartyIban: PAYER,
      counterpartyBic: 'COBADEFFXXX',
      counterpartyIbanValid: true,
      endToEndId: 'RE2026-0042-E2E-0001',
      remittance: 'Rechnung RE2026-0042 vom 15.02.2026 Kundennummer K-1001',
      structuredReference: null,
    });
    expect(items[1]).toMatchObject({ counterpartyName: 'Telefon AG', counterpartyIban: TELCO, counterpartyBic: 'DEUTDEFF', endToEndId: 'INV-77812', remittance: 'Monatsbeitrag Maerz 2026' });
    expect(items[2]).toMatchObject({ counterpartyIban: PAYER, endToEndId: 'RE2026-0042-E2E-0001', remittance: 'Retoure Konto erloschen' });
    // Before SEPA: a bank code and an account number, which are no IBAN, and the purpose as the text.
    expect(items[3]).toMatchObject({ counterpartyName: 'Hans Schmidt', counterpartyIban: '', counterpartyBic: '', remittance: 'Miete Maerz Wohnung 3 links', endToEndId: '' });
  });

  it('reads a subfield tag cut by a line break, and an RD reversal with a funds code', () => {
    const text = [':20:T', `:25:${OWN_BLZ}`, ':28C:1', ':60F:C260301EUR0,00', ':61:2603050305RDR12,50N109NONREF', ':86:109?00RUECKLASTSCHRIFT?', '20EREF+R-1?21SVWZ+Ruecklastschrift?3', `1${PAYER}?32Kunde`, ':62F:C260305EUR12,50'].join('\r\n');
    const { items, issues } = parseMt940(text);
    expect(issues).toEqual([]);
    expect(items).toMatchObject([{ direction: 'credit', reversal: true, amountCents: 1_250, endToEndId: 'R-1', remittance: 'Ruecklastschrift', counterpartyIban: PAYER, counterpartyName: 'Kunde' }]);
  });

  it('reads the remittance as booking text when the purpose is empty', () => {
    const text = SPARKASSE.replace(field86(oldStyle).join('\r\n'), ':86:820?00UEBERTRAG?109200?32Eigenes Konto');
    expect(parseMt940(text).items[3]).toMatchObject({ remittance: 'UEBERTRAG', counterpartyName: 'Eigenes Konto' });
  });

  it('is told from the Dutch layouts by its GVC code only', () => {
    const dutch = SPARKASSE.replace(field86(oldStyle).join('\r\n'), ':86:GIRO   1234567 J. JANSEN    Huur maart');
    expect(parseMt940(dutch).items[3]).toMatchObject({ remittance: 'GIRO 1234567 J. JANSEN Huur maart' });
  });
});

/** Block 1 (basic header), block 2 (output application header), then the text block 4 up to "-}". */
const envelope = (body: string[], session: string) => [
  `{1:F01DEUTDEFFAXXX${session}}{2:O9401200260302DEUTDEFFXXXX00000000002603021200N}{4:`,
  ...body,
  '-}{5:{CHK:0123456789AB}}',
];

const DEUTSCHE_BANK = [
  ...envelope(
    [
      ':20:DEUTDEFF',
      `:25:${TELCO}`,
      ':28C:7/1',
      ':60F:C260301EUR0,00',
      ':61:2603020302C250,00NTRFNONREF',
      // The bank cut the :86: before a "-", which then stands alone on a line: text, not the end.
      ':86:166?00GUTSCHRIFT?109310?20SVWZ+Rechnung 4711 ?21Anzahlung',
      '-',
      '?22Rest folgt?32Kunde GmbH',
      ':62F:C260302EUR250,00',
    ],
    '0001000001',
  ),
  ...envelope(
    [':20:DEUTDEFF', `:25:${TELCO}`, ':28C:8/1', ':60F:C260302EUR250,00', ':61:2603030303D10,NMSCNONREF', ':86:805?00ENTGELT?20Kontofuehrung', ':62F:C260303EUR240,00'],
    '0001000002',
  ),
].join('\r\n');

describe('parseMt940 in the SWIFT block envelope', () => {
  it('reads every message, a lone "-" inside :86: as text, and continuation lines', () => {
    expect(detectImportKind(DEUTSCHE_BANK)).toBe('mt940');
    const result = parseStatement(DEUTSCHE_BANK, 'auszug.sta');
    expect(result.format).toBe('mt940');
    expect(result.issues).toEqual([]);
    expect(result.items.map((i) => [i.statementId, i.direction, i.amountCents, i.counterpartyName, i.remittance])).toEqual([
      ['DEUTDEFF/7/1', 'credit', 25_000, 'Kunde GmbH', 'Rechnung 4711 Anzahlung- Rest folgt'],
      ['DEUTDEFF/8/1', 'debit', 1_000, '', 'Kontofuehrung'],
    ]);
  });

  it('reads a text block that starts on the header line', () => {
    const sameLine = DEUTSCHE_BANK.replace('{4:\r\n:20:', '{4::20:');
    expect(parseMt940(sameLine).items).toHaveLength(2);
  });

  it('refuses a file whose envelope never closes, even after a closing balance', () => {
    const cut = DEUTSCHE_BANK.slice(0, DEUTSCHE_BANK.lastIndexOf('-}'));
    const lines = cut.trimEnd().split('\r\n');
    expect(parseMt940(cut)).toEqual({
      items: [],
      issues: [expect.objectContaining({ severity: 'error', line: lines.length, field: '-}', key: 'errors.import.mt940Unclosed', params: expect.objectContaining({ reference: 'DEUTDEFF' }) })],
    });
  });

  it('refuses a bare file cut inside :86:, even where a "-" line follows', () => {
    const lines = SPARKASSE.split('\r\n');
    const cut = [...lines.slice(0, 7), '-'].join('\r\n');
    expect(parseMt940(cut)).toMatchObject({ items: [], issues: [{ key: 'errors.import.mt940Truncated', line: 8 }] });
  });
});
