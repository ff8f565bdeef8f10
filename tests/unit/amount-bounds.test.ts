import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../shared/domain/bank/index';
import { parseCsvInvoices } from '../../shared/domain/import/csv';
import { parseUbl } from '../../shared/domain/import/ubl';
import { MAX_AMOUNT_CENTS } from '../../shared/domain/money/money';
import { camt053 } from '../shell/camt053';

/**
 * Every importer refuses an amount beyond 999,999,999.99 as an error on its row or line, naming the field, and
 * keeps the rows around it: what the ledger books stays within MAX_AMOUNT_CENTS, so no sum of it can round.
 */
const outOfRange = (line: number, field: string) => expect.objectContaining({ severity: 'error', line, field, key: 'errors.import.amountOutOfRange' });

describe('amounts beyond 999,999,999.99 in imports', () => {
  it('CSV: the amount or open amount of a row', () => {
    const csv = [
      'Factuur;Klant;Datum;Bedrag;Openstaand',
      'F-1;K1;01-10-2026;999.999.999,99;999.999.999,99',
      'F-2;K1;01-10-2026;1.000.000.000,00;',
      'F-3;K1;01-10-2026;100,00;-1000000000,00',
    ].join('\n');
    const r = parseCsvInvoices(csv, { number: 'Factuur', customerNumber: 'Klant', issueDate: 'Datum', amount: 'Bedrag', openAmount: 'Openstaand' }, ';');
    expect(r.items.map((i) => [i.number, i.amountCents])).toEqual([['F-1', MAX_AMOUNT_CENTS]]);
    expect(r.issues).toEqual([outOfRange(3, 'amount'), outOfRange(4, 'openAmount')]);
    expect(r.issues[0]!.params).toMatchObject({ value: '1.000.000.000,00' });
  });

  it('UBL: the payable amount', () => {
    const ubl = (amount: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-1</cbc:ID>
  <cbc:IssueDate>2026-01-15</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Buyer</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal>
    <cbc:PayableAmount currencyID="EUR">${amount}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</Invoice>
`;
    expect(parseUbl(ubl('999999999.99')).items.map((i) => i.amountCents)).toEqual([MAX_AMOUNT_CENTS]);
    for (const amount of ['1000000000.00', '-1000000000']) {
      const r = parseUbl(ubl(amount));
      expect(r.items, amount).toEqual([]);
      expect(r.issues.filter((i) => i.severity === 'error'), amount).toEqual([outOfRange(10, 'cbc:PayableAmount')]);
    }
  });

  it('CAMT.053: the entry, not the rest of the statement', () => {
    const r = parseStatement(camt053('S-1', [{ amountCents: 100_000_000_000 }, { amountCents: 1_000 }]), 'big.xml');
    expect(r.items.map((e) => e.amountCents)).toEqual([1_000]);
    const [issue] = r.issues.filter((i) => i.severity === 'error');
    expect(issue).toMatchObject({ field: 'Ntry/Amt', key: 'errors.import.amountOutOfRange', params: { value: '1000000000.00' } });
    expect(issue!.line).toBeGreaterThan(1);
  });

  it('MT940: the :61: line', () => {
    const mt940 = [
      ':20:STMT1',
      ':25:NL91ABNA0417164300',
      ':28C:1/1',
      ':60F:C261120EUR0,00',
      ':61:2611201120C1000000000,00NTRFNONREF',
      ':86:too much',
      ':61:2611201120C10,00NTRFNONREF',
      ':86:fine',
      ':62F:C261120EUR1000000010,00',
      '-',
    ].join('\r\n');
    const r = parseStatement(mt940, 'big.sta');
    expect(r.items.map((e) => e.amountCents)).toEqual([1_000]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([outOfRange(5, ':61:')]);
  });
});
