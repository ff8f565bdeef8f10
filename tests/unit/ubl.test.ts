import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseUbl } from '../../shared/domain/import/ubl';

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/samples/ubl');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');
const base = sample('base-example.xml');

/** A minimal Peppol invoice; `body` replaces the header fields so each test states only what it is about. */
function invoice(body: string, root = 'Invoice'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
${body}
</${root}>
`;
}

const HEADER = `  <cbc:ID>INV-1</cbc:ID>
  <cbc:IssueDate>2026-01-15</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>`;
const TOTAL = `  <cac:LegalMonetaryTotal>
    <cbc:PayableAmount currencyID="EUR">100.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>`;

describe('parseUbl over the Peppol samples', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xml'));

  it('finds the sample folder', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s parses without errors', (file) => {
    const { items, issues } = parseUbl(sample(file));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(items).toHaveLength(1);
    const [doc] = items;
    expect(doc?.number).toBeTruthy();
    expect(doc?.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc?.currency).toBe('EUR');
    expect(doc?.amountCents).toBeGreaterThan(0);
    expect(Number.isInteger(doc?.amountCents)).toBe(true);
  });

  it('reads base-example.xml', () => {
    const { items, issues } = parseUbl(base);
    expect(issues).toEqual([]);
    expect(items).toEqual([
      {
        line: 2,
        kind: 'invoice',
        number: 'Snippet1',
        issueDate: '2017-11-13',
        dueDate: '2017-12-01',
        currency: 'EUR',
        amountCents: 165625,
        paymentReference: 'Snippet1',
        buyer: {
          name: 'Buyer Official Name',
          vatNumber: 'SE4598375937',
          street: 'Hovedgatan 32, Po box 878',
          postcode: '456 34',
          city: 'Stockholm',
          country: 'SE',
          email: 'lj@buyer.se',
          customerNumber: 'FR23342',
        },
        creditedInvoiceNumber: null,
      },
    ]);
  });

  it('reads the credit note with the invoice it corrects', () => {
    const [note] = parseUbl(sample('base-creditnote-correction.xml')).items;
    expect(note?.kind).toBe('credit_note');
    expect(note?.number).toBe('Snippet1');
    expect(note?.amountCents).toBe(165625);
    expect(note?.creditedInvoiceNumber).toBe('Snippet1');
    expect(note?.dueDate).toBeNull();
  });

  it('reads the same lines with Windows line endings', () => {
    const [doc] = parseUbl(base.replace(/\n/g, '\r\n')).items;
    expect(doc?.line).toBe(2);
    expect(doc?.amountCents).toBe(165625);
  });
});

describe('parseUbl fields', () => {
  it('takes a credit note due date from its payment means', () => {
    const xml = invoice(
      `${HEADER}
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cbc:PaymentDueDate>2026-02-14</cbc:PaymentDueDate>
    <cbc:PaymentID>+++010/8068/17183+++</cbc:PaymentID>
  </cac:PaymentMeans>
${TOTAL}`,
      'CreditNote',
    );
    const [note] = parseUbl(xml).items;
    expect(note).toMatchObject({ kind: 'credit_note', dueDate: '2026-02-14', paymentReference: '+++010/8068/17183+++' });
  });

  it('keeps leading zeros, decodes entities and falls back to the trading name', () => {
    const xml = invoice(`  <cbc:ID>00042</cbc:ID>
  <cbc:IssueDate>2026-01-15</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyIdentification><cbc:ID schemeID="0088">7300010000001</cbc:ID></cac:PartyIdentification>
    <cac:PartyIdentification><cbc:ID>K-1001</cbc:ID></cac:PartyIdentification>
    <cac:PartyName><cbc:Name>M&#252;ller &amp; S&#246;hne</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme>
      <cbc:CompanyID>123</cbc:CompanyID><cac:TaxScheme><cbc:ID>LOC</cbc:ID></cac:TaxScheme>
    </cac:PartyTaxScheme>
    <cac:PartyTaxScheme>
      <cbc:CompanyID>DE136695976</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
    </cac:PartyTaxScheme>
    <cac:PostalAddress>
      <cbc:StreetName>Hauptstr. 1</cbc:StreetName><cbc:PostalZone>10115</cbc:PostalZone><cbc:CityName>Berlin</cbc:CityName>
      <cac:Country><cbc:IdentificationCode>de</cbc:IdentificationCode></cac:Country>
    </cac:PostalAddress>
  </cac:Party></cac:AccountingCustomerParty>
${TOTAL}`);
    const [doc] = parseUbl(xml).items;
    expect(doc?.number).toBe('00042');
    expect(doc?.buyer).toEqual({
      name: 'Müller & Söhne',
      vatNumber: 'DE136695976',
      street: 'Hauptstr. 1',
      postcode: '10115',
      city: 'Berlin',
      country: 'DE',
      email: '',
      customerNumber: 'K-1001',
    });
    expect(doc?.dueDate).toBeNull();
    expect(doc?.paymentReference).toBeNull();
  });

  it.each([
    ['1656.25', 165625],
    ['1656.2', 165620],
    ['1656', 165600],
    ['0.10', 10],
    ['12.500', 1250],
    ['0', 0],
  ])('converts PayableAmount %s to %i cents', (amount, cents) => {
    const xml = invoice(`${HEADER}
  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">${amount}</cbc:PayableAmount></cac:LegalMonetaryTotal>`);
    expect(parseUbl(xml).items[0]?.amountCents).toBe(cents);
  });

  it('turns a negative invoice into a credit note, with a warning', () => {
    const xml = invoice(`${HEADER}
  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">-25.50</cbc:PayableAmount></cac:LegalMonetaryTotal>`);
    const { items, issues } = parseUbl(xml);
    expect(items[0]).toMatchObject({ kind: 'credit_note', amountCents: 2550 });
    expect(issues).toMatchObject([{ severity: 'warning', key: 'errors.import.negativeTotal' }]);
  });

  it('reads CDATA as text and gives an element the line its start tag opens on', () => {
    const xml = invoice(`${HEADER}
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name><![CDATA[M&M <Food>]]></cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:PayableAmount
        currencyID="EUR">1,00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>`);
    const { issues } = parseUbl(xml);
    expect(issues).toMatchObject([{ key: 'errors.import.badAmount', line: 10 }]);
    const [doc] = parseUbl(xml.replace('>1,00<', '>1.00<')).items;
    expect(doc?.buyer.name).toBe('M&M <Food>');
  });

  it('accepts a date with a time zone and a prefixed root element', () => {
    const xml = `<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="c" xmlns:cac="a">
<cbc:ID>X</cbc:ID><cbc:IssueDate>2026-01-15+01:00</cbc:IssueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
<cac:LegalMonetaryTotal><cbc:PayableAmount>1</cbc:PayableAmount></cac:LegalMonetaryTotal></ubl:Invoice>`;
    expect(parseUbl(xml).items[0]).toMatchObject({ line: 1, issueDate: '2026-01-15', amountCents: 100 });
  });
});

describe('parseUbl errors', () => {
  it('rejects an HTML page saved as .xml as a whole file', () => {
    const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Invoice</title></head>
<body><p>Your invoice is ready<br></body></html>`;
    const { items, issues } = parseUbl(html);
    expect(items).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', line: null, key: 'errors.import.html' })]);
  });

  it('rejects text that is not XML, and an empty file', () => {
    expect(parseUbl('Rechnungsnummer;Betrag\n1;2').issues).toMatchObject([{ line: null, key: 'errors.import.notXml' }]);
    expect(parseUbl('  \n').issues).toMatchObject([{ line: null, key: 'errors.import.notXml' }]);
  });

  it('rejects XML that is not a UBL invoice or credit note', () => {
    const order = invoice(HEADER, 'Order');
    expect(parseUbl(order).issues).toMatchObject([{ line: null, key: 'errors.import.notUbl', params: { root: 'Order' } }]);
    const foreign = '<Invoice xmlns="urn:example:erp"><ID>1</ID></Invoice>';
    expect(parseUbl(foreign).issues).toMatchObject([{ key: 'errors.import.notUbl' }]);
  });

  it('reports a truncated file at the line where it stops', () => {
    const cut = base.slice(0, base.indexOf('<cac:PartyTaxScheme>', base.indexOf('AccountingCustomerParty')) + 12);
    const { items, issues } = parseUbl(cut);
    expect(items).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', key: 'errors.import.xmlTruncated', line: cut.split('\n').length }),
    ]);

    const noRootEnd = base.slice(0, base.lastIndexOf('</Invoice>'));
    expect(parseUbl(noRootEnd).issues).toMatchObject([
      { key: 'errors.import.xmlTruncated', params: { element: 'Invoice' }, line: noRootEnd.trimEnd().split('\n').length },
    ]);
  });

  it('reports other malformed XML at the validator line', () => {
    const xml = invoice(`${HEADER}\n  <cbc:Note>a</cbc:Nope>\n${TOTAL}`);
    expect(parseUbl(xml).issues).toMatchObject([{ key: 'errors.import.xmlSyntax', line: 8 }]);
  });

  it('reports a file cut inside the root start tag as truncated', () => {
    const cut = base.slice(0, base.indexOf('xmlns:cbc'));
    expect(parseUbl(cut).issues).toMatchObject([
      { key: 'errors.import.xmlTruncated', params: { element: 'Invoice' }, line: cut.trimEnd().split('\n').length },
    ]);
  });

  it('reports a bare "&" at its own line, not where the parser gives up', () => {
    const xml = base.replace('<cbc:Name>BuyerTradingName AS</cbc:Name>', '<cbc:Name>Buyer & Sons AS</cbc:Name>');
    const line = xml.split('\n').findIndex((l) => l.includes('Buyer & Sons')) + 1;
    expect(parseUbl(xml).issues).toMatchObject([{ key: 'errors.import.xmlSyntax', line }]);
    // With a ";" further on, the parser would complain there instead.
    const semicolon = invoice(`${HEADER}\n  <cbc:Note>A & B</cbc:Note>\n  <cbc:Note>x; y</cbc:Note>\n${TOTAL}`);
    expect(parseUbl(semicolon).issues).toMatchObject([{ key: 'errors.import.xmlSyntax', line: 8 }]);
  });

  it('refuses an HTML entity, which XML does not define', () => {
    const xml = invoice(`${HEADER}\n  <cbc:Note>A&nbsp;B</cbc:Note>\n${TOTAL}`);
    expect(parseUbl(xml).issues).toMatchObject([
      { key: 'errors.import.xmlSyntax', line: 8, params: { detail: 'undefined entity &nbsp;' } },
    ]);
  });

  it('expands no entity a DOCTYPE declares', () => {
    const doctype = '<!DOCTYPE Invoice [<!ENTITY buyer "Injected Name"><!ENTITY file SYSTEM "file:///etc/passwd">]>';
    const body = `${HEADER}
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>&buyer;</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
${TOTAL}`;
    const withDoctype = (b: string) => invoice(b).replace('?>\n', `?>\n${doctype}\n`);
    expect(parseUbl(withDoctype(body)).issues).toMatchObject([
      { key: 'errors.import.xmlSyntax', line: 9, params: { detail: 'undefined entity &buyer;' } },
    ]);
    expect(parseUbl(withDoctype(body.replace('&buyer;', '&file;'))).issues).toMatchObject([
      { key: 'errors.import.xmlSyntax', line: 9 },
    ]);
    // Declared but unused, the DOCTYPE is harmless and the invoice reads as usual.
    expect(parseUbl(withDoctype(`${HEADER}\n${TOTAL}`)).items).toHaveLength(1);
  });

  it('refuses a billion-laughs file instead of expanding it', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`);
    const doctype = `<!DOCTYPE Invoice [\n<!ENTITY lol0 "lol">\n${levels.join('\n')}\n]>`;
    const xml = invoice(`  <cbc:ID>&lol9;</cbc:ID>\n${TOTAL}`).replace('?>\n', `?>\n${doctype}\n`);
    const { items, issues } = parseUbl(xml);
    expect(items).toEqual([]);
    const line = xml.split('\n').findIndex((l) => l.includes('<cbc:ID>&lol9;')) + 1;
    expect(issues).toMatchObject([{ key: 'errors.import.xmlSyntax', line, params: { detail: 'undefined entity &lol9;' } }]);
  });

  it('reports a missing PayableAmount at its parent', () => {
    const xml = base.replace(/\s*<cbc:PayableAmount[^>]*>[^<]*<\/cbc:PayableAmount>/, '');
    const { items, issues } = parseUbl(xml);
    expect(items).toEqual([]);
    const totalLine = xml.split('\n').findIndex((l) => l.includes('<cac:LegalMonetaryTotal>')) + 1;
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: totalLine,
        field: 'cbc:PayableAmount',
        key: 'errors.import.missing',
      }),
    ]);
  });

  it('reports every missing header field at the root element', () => {
    const { items, issues } = parseUbl(invoice('  <cbc:Note>nothing</cbc:Note>'));
    expect(items).toEqual([]);
    expect(issues.map((i) => [i.field, i.key, i.line])).toEqual([
      ['cbc:ID', 'errors.import.missing', 2],
      ['cbc:IssueDate', 'errors.import.missing', 2],
      ['cbc:DocumentCurrencyCode', 'errors.import.missing', 2],
      ['cbc:PayableAmount', 'errors.import.missing', 2],
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('reports a non-calendar date at its line', () => {
    const xml = base.replace('<cbc:DueDate>2017-12-01</cbc:DueDate>', '<cbc:DueDate>2026-02-31</cbc:DueDate>');
    const { items, issues } = parseUbl(xml);
    expect(items).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 9,
        field: 'cbc:DueDate',
        key: 'errors.import.badDate',
        params: { field: 'cbc:DueDate', value: '2026-02-31' },
      }),
    ]);
    expect(parseUbl(base.replace('2017-11-13', '13-11-2017')).issues).toMatchObject([
      { line: 8, field: 'cbc:IssueDate', key: 'errors.import.badDate' },
    ]);
  });

  it.each(['1656.255', '1,656.25', '12e3', 'abc', '.', '-'])('rejects PayableAmount %j', (amount) => {
    const xml = base.replace('>1656.25</cbc:PayableAmount>', `>${amount}</cbc:PayableAmount>`);
    const { items, issues } = parseUbl(xml);
    expect(items).toEqual([]);
    expect(issues).toMatchObject([{ field: 'cbc:PayableAmount', key: 'errors.import.badAmount' }]);
  });

  it('rejects a currency that is not an ISO code', () => {
    const xml = base.replace('<cbc:DocumentCurrencyCode>EUR<', '<cbc:DocumentCurrencyCode>Euro<');
    expect(parseUbl(xml).issues).toMatchObject([{ line: 11, key: 'errors.import.badCurrency' }]);
  });

  it('warns when the payable amount is in another currency than the document', () => {
    const xml = base.replace('<cbc:PayableAmount currencyID="EUR">', '<cbc:PayableAmount currencyID="USD">');
    const { items, issues } = parseUbl(xml);
    expect(items).toHaveLength(1);
    expect(issues).toMatchObject([{ severity: 'warning', key: 'errors.import.currencyMismatch' }]);
  });
});
