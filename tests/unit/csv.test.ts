import { describe, it, expect } from 'vitest';
import {
  decodeText,
  guessMapping,
  parseAmount,
  parseCsvInvoices,
  parseDate,
  sniffCsv,
  type CsvMapping,
} from '../../shared/domain/import/csv';

/** windows-1252 bytes for text in its Latin-1 range plus the few 0x80–0x9F characters we need. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, 'Ÿ': 0x9f,
  };
  return Uint8Array.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Klant;Bedrag\nŁódź;€ 12,30\n')]);
    expect(decodeText(bytes)).toEqual({ text: 'Klant;Bedrag\nŁódź;€ 12,30\n', encoding: 'UTF-8' });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('Zoë;Çelik;Müller'))).toEqual({ text: 'Zoë;Çelik;Müller', encoding: 'UTF-8' });
  });

  it('reads windows-1252, including € at 0x80 and ü at 0xFC', () => {
    const bytes = cp1252('Kunde;Betrag\nMüller GmbH;€ 1.234,56\n„Zoë“ ’s;Ÿ\n');
    expect(bytes).toContain(0x80);
    expect(bytes).toContain(0xfc);
    expect(decodeText(bytes)).toEqual({
      text: 'Kunde;Betrag\nMüller GmbH;€ 1.234,56\n„Zoë“ ’s;Ÿ\n',
      encoding: 'windows-1252',
    });
  });

  it('keeps a mostly UTF-8 file UTF-8 when one byte is broken', () => {
    const good = utf8('Müller;Łódź;Zoë;Çelik;€\n'.repeat(5));
    const bytes = Uint8Array.from([...good, 0xfc, ...utf8('\n')]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('UTF-8');
    expect(text).toContain('Łódź');
    expect(text).toContain('\uFFFD');
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'UTF-8' });
  });
});

describe('sniffCsv', () => {
  it('finds ";" when the amounts have decimal commas', () => {
    const text = [
      'Factuurnummer;Klant;Datum;Bedrag;Open',
      '2026-001;K1;01-02-2026;1.234,56;100,00',
      '2026-002;K2;02-02-2026;12,30;12,30',
      '2026-003;K3;03-02-2026;99;0',
    ].join('\n');
    const sniff = sniffCsv(text);
    expect(sniff.delimiter).toBe(';');
    expect(sniff.headers).toEqual(['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Open']);
    expect(sniff.rows).toHaveLength(3);
    expect(sniff.rows[0]).toEqual(['2026-001', 'K1', '01-02-2026', '1.234,56', '100,00']);
  });

  it('finds "," with quoted fields holding commas, quotes and newlines', () => {
    const text =
      'Invoice,Customer,Date,Amount\r\n' +
      '1,"Smith, John","2026-01-15",12.50\r\n' +
      '2,"Line one\r\nline two; more","2026-01-16","1,234.00"\r\n' +
      '3,"The ""Best"" Ltd",2026-01-17,7\r\n';
    const sniff = sniffCsv(text);
    expect(sniff.delimiter).toBe(',');
    expect(sniff.rows).toEqual([
      ['1', 'Smith, John', '2026-01-15', '12.50'],
      ['2', 'Line one\nline two; more', '2026-01-16', '1,234.00'],
      ['3', 'The "Best" Ltd', '2026-01-17', '7'],
    ]);
  });

  it('finds tab and pipe', () => {
    expect(sniffCsv('a\tb\tc\n1\t2,5\t3\n4\t5\t6').delimiter).toBe('\t');
    expect(sniffCsv('a|b|c\n1|2,5|3\n4|5;6|6').delimiter).toBe('|');
  });

  it('strips a BOM from the first header and skips blank lines and empty rows', () => {
    const sniff = sniffCsv('\uFEFFNr;Bedrag\n\n1;2\n;\n3;4\n');
    expect(sniff.headers).toEqual(['Nr', 'Bedrag']);
    expect(sniff.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('previews at most 20 rows', () => {
    const text = ['a;b', ...Array.from({ length: 30 }, (_, i) => `${i};x`)].join('\n');
    expect(sniffCsv(text).rows).toHaveLength(20);
  });
});

describe('guessMapping', () => {
  it('maps Dutch headers', () => {
    expect(
      guessMapping([
        'Factuurnummer', 'Klantnummer', 'Klantnaam', 'Factuurdatum', 'Vervaldatum', 'Bedrag', 'Openstaand',
        'Betalingskenmerk', 'E-mail', 'BTW-nummer', 'Valuta',
      ]),
    ).toEqual({
      number: 'Factuurnummer',
      customerNumber: 'Klantnummer',
      customerName: 'Klantnaam',
      issueDate: 'Factuurdatum',
      dueDate: 'Vervaldatum',
      amount: 'Bedrag',
      openAmount: 'Openstaand',
      paymentReference: 'Betalingskenmerk',
      email: 'E-mail',
      vatNumber: 'BTW-nummer',
      currency: 'Valuta',
    });
  });

  it('maps German headers, umlauts spelled either way', () => {
    const headers = ['Rechnungsnummer', 'Kundennummer', 'Rechnungsdatum', 'Fälligkeitsdatum', 'Betrag', 'Währung'];
    expect(guessMapping(headers)).toEqual({
      number: 'Rechnungsnummer',
      customerNumber: 'Kundennummer',
      issueDate: 'Rechnungsdatum',
      dueDate: 'Fälligkeitsdatum',
      amount: 'Betrag',
      currency: 'Währung',
    });
    expect(guessMapping(['Faelligkeitsdatum']).dueDate).toBe('Faelligkeitsdatum');
  });

  it('maps French headers with accents and apostrophes', () => {
    const headers = ['Numéro de facture', 'N° client', 'Date de facture', "Date d'échéance", 'Montant TTC', 'Échéance'];
    expect(guessMapping(headers)).toEqual({
      number: 'Numéro de facture',
      customerNumber: 'N° client',
      issueDate: 'Date de facture',
      dueDate: "Date d'échéance",
      amount: 'Montant TTC',
    });
  });

  it('maps English headers and leaves unknown ones out', () => {
    expect(guessMapping(['Invoice No.', 'Customer', 'Date', 'Due date', 'Amount', 'Balance', 'Notes'])).toEqual({
      number: 'Invoice No.',
      customerName: 'Customer',
      issueDate: 'Date',
      dueDate: 'Due date',
      amount: 'Amount',
      openAmount: 'Balance',
    });
  });

  it('matches headers that start with a known name, and uses each header once', () => {
    expect(guessMapping(['Factuurnummer (intern)', 'Bedrag incl. BTW', 'Openstaand bedrag'])).toEqual({
      number: 'Factuurnummer (intern)',
      amount: 'Bedrag incl. BTW',
      openAmount: 'Openstaand bedrag',
    });
  });
});

describe('parseAmount', () => {
  it.each([
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1234,5', 123450],
    ['1234', 123400],
    ['-12,30', -1230],
    ['€ 12,30', 1230],
    ['12,30 €', 1230],
    ['EUR 1.234.567,89', 123456789],
    ['1 234,56', 123456],
    ["1'234.50", 123450],
    ['12,30-', -1230],
    ['(12,30)', -1230],
    ['-€ 12,30', -1230],
    ['€ -12,30', -1230],
    ['0,5', 50],
    ['12.500', 1250000],
    ['1234.500', 123450],
    ['0', 0],
    ['-0,00', 0],
  ])('%j → %i', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it.each(['12,3,4', '1.2.3', 'abc', '', '12,345,67', '1,5.3', '12.3456', '1234,567', '12,', '--12', '12 34', '1e5', '€'])(
    'rejects %j',
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );
});

describe('parseDate', () => {
  it.each([
    ['15-01-2026', '2026-01-15'],
    ['2026-01-15', '2026-01-15'],
    ['15.01.2026', '2026-01-15'],
    ['15/01/2026', '2026-01-15'],
    ['5-1-2026', '2026-01-05'],
    ['29-02-2024', '2024-02-29'],
    ['2026-01-15 00:00:00', '2026-01-15'],
    [' 01.12.2025 ', '2025-12-01'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each(['31-02-2026', '29-02-2025', '2026-13-01', '00-01-2026', '15-01-26', '15-01/2026', '2026/1/32', 'gisteren', ''])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('parseCsvInvoices', () => {
  const nlMapping: CsvMapping = {
    number: 'Factuurnummer',
    customerNumber: 'Klantnummer',
    customerName: 'Klantnaam',
    issueDate: 'Datum',
    dueDate: 'Vervaldatum',
    amount: 'Bedrag',
    openAmount: 'Openstaand',
    paymentReference: 'Kenmerk',
    email: 'E-mail',
  };

  it('reads a ";" file with decimal commas, every date format, and reports bad rows by line', () => {
    const text = [
      'Factuurnummer;Klantnummer;Klantnaam;Datum;Vervaldatum;Bedrag;Openstaand;Kenmerk;E-mail',
      '2026-001;K1;Müller GmbH;15-01-2026;14.02.2026;1.234,56;1.234,56;5000 0567 8901 2345;info@mueller.de',
      '2026-002;K2;Zoë;2026-01-16;15/02/2026;12,30;;;',
      '2026-003;K3;Łódź;31-02-2026;;100;;;',
      '2026-004;K4;Çelik;16-01-2026;;12,3,4;;;',
      '2026-005;K5;Credit;17-01-2026;;-50,00;-50,00;;',
      ';K6;No number;17-01-2026;;1;;;',
    ].join('\n');
    const { items, issues } = parseCsvInvoices(text, nlMapping, ';');

    expect(items.map((i) => [i.line, i.number, i.issueDate, i.dueDate, i.kind, i.amountCents, i.openAmountCents])).toEqual([
      [2, '2026-001', '2026-01-15', '2026-02-14', 'invoice', 123456, 123456],
      [3, '2026-002', '2026-01-16', '2026-02-15', 'invoice', 1230, null],
      [6, '2026-005', '2026-01-17', null, 'credit_note', 5000, 5000],
    ]);
    expect(items[0]).toMatchObject({
      customerNumber: 'K1',
      currency: 'EUR',
      paymentReference: '5000 0567 8901 2345',
      creditedInvoiceNumber: null,
      buyer: { name: 'Müller GmbH', customerNumber: 'K1', email: 'info@mueller.de' },
    });
    expect(items[1]?.paymentReference).toBeNull();

    expect(issues.map((i) => [i.line, i.field, i.key])).toEqual([
      [4, 'issueDate', 'errors.import.badDate'],
      [5, 'amount', 'errors.import.badAmount'],
      [7, 'number', 'errors.import.missing'],
    ]);
    expect(issues[0]).toMatchObject({ severity: 'error', params: { column: 'Datum', value: '31-02-2026' } });
    expect(issues[1]?.params?.value).toBe('12,3,4');
  });

  it('reads a "," file whose quoted fields hold commas and newlines, with physical line numbers', () => {
    const text =
      'Invoice,Customer,Date,Amount,Note\r\n' +
      '1,"Smith, John",2026-01-15,"1,234.50","two\r\nlines"\r\n' +
      '2,"Doe, Jane",2026-01-16,12.5,"x"\r\n' +
      '3,"Roe, Rick",2026-02-30,7,"three\r\nline\r\nnote"\r\n' +
      '4,"Poe, Paul",2026-01-17,8,\r\n';
    const mapping: CsvMapping = { number: 'Invoice', customerName: 'Customer', issueDate: 'Date', amount: 'Amount' };
    const { items, issues } = parseCsvInvoices(text, mapping, ',');
    expect(items.map((i) => [i.line, i.number, i.buyer.name, i.amountCents, i.customerNumber])).toEqual([
      [2, '1', 'Smith, John', 123450, ''],
      [4, '2', 'Doe, Jane', 1250, ''],
      [8, '4', 'Poe, Paul', 800, ''],
    ]);
    expect(issues).toMatchObject([{ line: 5, field: 'issueDate', key: 'errors.import.badDate' }]);
  });

  it('reads a tab-separated file with a currency column', () => {
    const text = 'Nr\tKunde\tDatum\tBetrag\tWährung\nR-1\tK1\t01.03.2026\t1.000,00\tchf\nR-2\tK2\t02.03.2026\t5\tEURO\n';
    const mapping: CsvMapping = { number: 'Nr', customerNumber: 'Kunde', issueDate: 'Datum', amount: 'Betrag', currency: 'Währung' };
    const { items, issues } = parseCsvInvoices(text, mapping, '\t');
    expect(items).toMatchObject([{ number: 'R-1', currency: 'CHF', amountCents: 100000, issueDate: '2026-03-01' }]);
    expect(issues).toMatchObject([{ line: 3, field: 'currency', key: 'errors.import.badCurrency' }]);
  });

  it('reads what decodeText made of BOM and windows-1252 files', () => {
    const mapping: CsvMapping = { number: 'Nr', customerName: 'Kunde', issueDate: 'Datum', amount: 'Betrag' };
    const bom = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Nr;Kunde;Datum;Betrag\n1;Łódź;01.01.2026;€ 1,00\n')]));
    expect(parseCsvInvoices(bom.text, mapping, ';').items[0]).toMatchObject({ number: '1', amountCents: 100, buyer: { name: 'Łódź' } });
    const ansi = decodeText(cp1252('Nr;Kunde;Datum;Betrag\r\n1;Müller;01.01.2026;€ 1.234,56\r\n'));
    expect(parseCsvInvoices(ansi.text, mapping, ';').items[0]).toMatchObject({ amountCents: 123456, buyer: { name: 'Müller' } });
  });

  it('reports a mapped column that is not in the file once, for the whole file', () => {
    const text = 'Factuurnummer;Klantnummer;Datum;Bedrag\n1;K1;01-01-2026;10\n2;K2;02-01-2026;20\n';
    const mapping: CsvMapping = { number: 'Factuurnummer', customerNumber: 'Klantnummer', issueDate: 'Datum', amount: 'Bedrag', email: 'Mail' };
    const { items, issues } = parseCsvInvoices(text, mapping, ';');
    expect(items).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: null,
        field: 'email',
        key: 'errors.import.missingColumn',
        params: { field: 'email', column: 'Mail' },
      }),
    ]);
  });

  it('matches a saved mapping to headers differing in case and spaces', () => {
    const text = ' factuurnummer ;KLANTNUMMER;datum;bedrag\n1;K1;01-01-2026;10\n';
    const mapping: CsvMapping = { number: 'Factuurnummer', customerNumber: 'Klantnummer', issueDate: 'Datum', amount: 'Bedrag' };
    expect(parseCsvInvoices(text, mapping, ';').items).toHaveLength(1);
  });

  it('refuses a mapping without a customer column', () => {
    const { issues } = parseCsvInvoices('a;b;c\n1;2;3', { number: 'a', issueDate: 'b', amount: 'c' }, ';');
    expect(issues).toMatchObject([{ line: null, key: 'errors.import.noCustomerColumn' }]);
  });

  it('reports a row with the wrong number of columns and keeps the rest', () => {
    const text = 'Nr;Klant;Datum;Bedrag\n1;K1;01-01-2026;10\n2;K2;02-01-2026\n\n3;K3;03-01-2026;30\n;;;\n';
    const mapping: CsvMapping = { number: 'Nr', customerNumber: 'Klant', issueDate: 'Datum', amount: 'Bedrag' };
    const { items, issues } = parseCsvInvoices(text, mapping, ';');
    expect(items.map((i) => [i.line, i.number])).toEqual([
      [2, '1'],
      [5, '3'],
    ]);
    expect(issues).toMatchObject([{ line: 3, key: 'errors.import.columnCount' }]);
  });

  it('reports every problem of a row, and a missing customer', () => {
    const text = 'Nr;Klant;Datum;Bedrag\n;;;x\n';
    const mapping: CsvMapping = { number: 'Nr', customerNumber: 'Klant', issueDate: 'Datum', amount: 'Bedrag' };
    expect(parseCsvInvoices(text, mapping, ';').issues.map((i) => [i.line, i.field, i.key])).toEqual([
      [2, 'number', 'errors.import.missing'],
      [2, 'customerNumber', 'errors.import.missing'],
      [2, 'issueDate', 'errors.import.missing'],
      [2, 'amount', 'errors.import.badAmount'],
    ]);
  });

  it('reports an unclosed quote at the line it opens', () => {
    const text = 'Nr;Klant;Datum;Bedrag\n1;K1;01-01-2026;10\n2;"K2;02-01-2026;20\n3;K3;03-01-2026;30\n';
    const mapping: CsvMapping = { number: 'Nr', customerNumber: 'Klant', issueDate: 'Datum', amount: 'Bedrag' };
    const { items, issues } = parseCsvInvoices(text, mapping, ';');
    expect(items.map((i) => i.number)).toEqual(['1']);
    expect(issues).toMatchObject([{ line: 3, key: 'errors.import.csvSyntax' }]);
  });

  it('reports a file with nothing in it', () => {
    expect(parseCsvInvoices('', { number: 'a', customerNumber: 'b', issueDate: 'c', amount: 'd' }, ';').issues).toMatchObject([
      { line: null, key: 'errors.import.empty' },
    ]);
  });
});
