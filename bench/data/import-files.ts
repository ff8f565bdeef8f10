/**
 * The files an office imports, generated from demo invoices for the import benchmark: one UBL 2.1 / Peppol BIS 3.0
 * document per invoice (a "batch" is many files), and one CSV export in the Dutch style (semicolons, decimal
 * commas, dd-mm-yyyy). Pure TypeScript, so it runs in Node and in a browser page alike.
 */
import type { DemoCustomer, DemoInvoice } from '../../electron/services/demo-data';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decimal = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

export function ublInvoiceXml(invoice: DemoInvoice, buyer: DemoCustomer): string {
  const x = escapeXml;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>${x(invoice.number)}</cbc:ID>
  <cbc:IssueDate>${invoice.issueDate}</cbc:IssueDate>
  <cbc:DueDate>${invoice.dueDate}</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>${invoice.currency}</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Debitum Demo BV</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cac:PartyIdentification><cbc:ID>${x(buyer.number)}</cbc:ID></cac:PartyIdentification>
      <cac:PartyName><cbc:Name>${x(buyer.name)}</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>${x(buyer.street)}</cbc:StreetName>
        <cbc:CityName>${x(buyer.city)}</cbc:CityName>
        <cbc:PostalZone>${x(buyer.postcode)}</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>${buyer.country}</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme><cbc:CompanyID>${x(buyer.vatNumber)}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>${x(buyer.name)}</cbc:RegistrationName></cac:PartyLegalEntity>
      <cac:Contact><cbc:ElectronicMail>${x(buyer.email)}</cbc:ElectronicMail></cac:Contact>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="${invoice.currency}">${decimal(invoice.amountCents)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="${invoice.currency}">${decimal(invoice.amountCents)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="${invoice.currency}">${decimal(invoice.amountCents)}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="${invoice.currency}">${decimal(invoice.amountCents)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
`;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const comma = (cents: number) => decimal(cents).replace('.', ',');
const quoted = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Headers as a Dutch invoicing tool writes them; `guessMapping` recognises every one. */
export const CSV_HEADERS = ['Factuurnummer', 'Debiteurnummer', 'Debiteur', 'Factuurdatum', 'Vervaldatum', 'Valuta', 'Bedrag', 'Openstaand'];

export function invoicesCsv(invoices: DemoInvoice[], customers: Map<string, DemoCustomer>): string {
  const lines = [CSV_HEADERS.join(';')];
  for (const i of invoices) {
    const c = customers.get(i.customerNumber);
    lines.push([i.number, i.customerNumber, quoted(c?.name ?? ''), dmy(i.issueDate), dmy(i.dueDate), i.currency, comma(i.amountCents), comma(i.openCents)].join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
