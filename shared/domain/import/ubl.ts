/**
 * UBL 2.1 / Peppol BIS Billing 3.0 invoices and credit notes (DOMAIN.md §2, §6): the header fields credit control
 * needs, never the lines. One document per file; any error leaves it out, so the preview shows exactly why.
 */
import { isRealDate } from '../dates';
import type { ImportIssue, ParsedInvoice, ParseResult, Party } from './types';
import { AMOUNT_RANGE, isAmountInRange } from '../money/money';
import { attr, child, children, decimalToCents, fileIssue, HTML_START, lineOf, parseXml, text, type XmlElement } from './xml';

const UBL_NAMESPACES = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
} as const;

/** xsd:date allows a time zone suffix ("2017-11-13+01:00", "…Z"); a business date has none, so it is dropped. */
function ublDate(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(value);
  return m?.[1] && isRealDate(m[1]) ? m[1] : null;
}

function readBuyer(party: XmlElement | undefined): Party {
  const taxSchemes = children(party, 'PartyTaxScheme');
  const vatScheme =
    taxSchemes.find((s) => text(child(s, 'TaxScheme', 'ID')).toUpperCase() === 'VAT') ?? taxSchemes[0];
  const address = child(party, 'PostalAddress');
  const street = [
    text(child(address, 'StreetName')),
    text(child(address, 'AdditionalStreetName')),
    ...children(address, 'AddressLine').map((l) => text(child(l, 'Line'))),
  ]
    .filter(Boolean)
    .join(', ');
  const country = text(child(address, 'Country', 'IdentificationCode')).toUpperCase();
  // A scheme-tagged identifier (GLN, SIRENE, …) is a registry number; the ledger's own customer number has none.
  const ids = children(party, 'PartyIdentification').map((p) => child(p, 'ID'));
  const customerId = ids.find((id) => text(id) !== '' && attr(id, 'schemeID') === '') ?? ids.find((id) => text(id));
  return {
    name: text(child(party, 'PartyLegalEntity', 'RegistrationName')) || text(child(party, 'PartyName', 'Name')),
    vatNumber: text(child(vatScheme, 'CompanyID')),
    street,
    postcode: text(child(address, 'PostalZone')),
    city: text(child(address, 'CityName')),
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    email: text(child(party, 'Contact', 'ElectronicMail')),
    customerNumber: text(customerId),
  };
}

export function parseUbl(xml: string): ParseResult<ParsedInvoice> {
  const source = xml.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { items: [], issues: [fileIssue('notXml', 'The file is empty.')] };
  if (HTML_START.test(source)) {
    return { items: [], issues: [fileIssue('html', 'The file is an HTML page, not a UBL invoice.')] };
  }
  if (!source.trimStart().startsWith('<')) {
    return { items: [], issues: [fileIssue('notXml', 'The file is not XML.')] };
  }
  const doc = parseXml(source);
  if ('issue' in doc) return { items: [], issues: [doc.issue] };

  const { root, name: rootName } = doc;
  if (rootName.toLowerCase() === 'html') {
    return { items: [], issues: [fileIssue('html', 'The file is an HTML page, not a UBL invoice.')] };
  }
  if ((rootName !== 'Invoice' && rootName !== 'CreditNote') || doc.namespace !== UBL_NAMESPACES[rootName]) {
    return {
      items: [],
      issues: [
        fileIssue('notUbl', `The file is not a UBL Invoice or CreditNote (root element <${rootName}>).`, {
          root: rootName,
        }),
      ],
    };
  }

  const rootLine = lineOf(root);
  const issues: ImportIssue[] = [];
  const problem = (
    severity: ImportIssue['severity'],
    node: XmlElement | undefined,
    field: string,
    key: string,
    message: string,
    params: ImportIssue['params'] = {},
  ) => {
    issues.push({
      severity,
      line: lineOf(node) ?? rootLine,
      field,
      key: `errors.import.${key}`,
      params: { field, ...params },
      message,
    });
  };
  /** Text of a required element, or an issue on the nearest ancestor that exists. */
  const required = (node: XmlElement | undefined, field: string, parent: XmlElement | undefined): string => {
    const value = text(node);
    if (value === '') problem('error', node ?? parent, field, 'missing', `${field} is missing.`);
    return value;
  };

  const number = required(child(root, 'ID'), 'cbc:ID', root);

  const issueNode = child(root, 'IssueDate');
  const issueText = required(issueNode, 'cbc:IssueDate', root);
  const issueDate = issueText ? ublDate(issueText) : null;
  if (issueText && !issueDate) {
    problem('error', issueNode, 'cbc:IssueDate', 'badDate', `cbc:IssueDate "${issueText}" is not a valid date.`, {
      value: issueText,
    });
  }

  // Invoice has cbc:DueDate; a Peppol credit note carries its due date on the payment means.
  const dueCandidates: Array<[XmlElement | undefined, string]> = [
    [child(root, 'DueDate'), 'cbc:DueDate'],
    ...children(root, 'PaymentMeans').map((pm): [XmlElement | undefined, string] => [
      child(pm, 'PaymentDueDate'),
      'cbc:PaymentDueDate',
    ]),
    ...children(root, 'PaymentTerms').map((pt): [XmlElement | undefined, string] => [
      child(pt, 'PaymentDueDate'),
      'cbc:PaymentDueDate',
    ]),
  ];
  const [dueNode, dueField] = dueCandidates.find(([node]) => text(node) !== '') ?? [undefined, ''];
  const dueText = text(dueNode);
  const dueDate = dueText ? ublDate(dueText) : null;
  if (dueText && !dueDate) {
    problem('error', dueNode, dueField, 'badDate', `${dueField} "${dueText}" is not a valid date.`, { value: dueText });
  }

  const currencyNode = child(root, 'DocumentCurrencyCode');
  const currencyText = required(currencyNode, 'cbc:DocumentCurrencyCode', root);
  const currency = currencyText.toUpperCase();
  const currencyValid = /^[A-Z]{3}$/.test(currency);
  if (currencyText && !currencyValid) {
    problem(
      'error',
      currencyNode,
      'cbc:DocumentCurrencyCode',
      'badCurrency',
      `cbc:DocumentCurrencyCode "${currencyText}" is not an ISO 4217 code.`,
      { value: currencyText },
    );
  }

  const totals = child(root, 'LegalMonetaryTotal');
  const payableNode = child(totals, 'PayableAmount');
  const payableText = required(payableNode, 'cbc:PayableAmount', totals ?? root);
  let amountCents = payableText ? decimalToCents(payableText) : null;
  if (payableText && amountCents === null) {
    problem(
      'error',
      payableNode,
      'cbc:PayableAmount',
      'badAmount',
      `cbc:PayableAmount "${payableText}" is not an amount with at most two decimals.`,
      { value: payableText },
    );
  } else if (amountCents !== null && !isAmountInRange(amountCents)) {
    problem('error', payableNode, 'cbc:PayableAmount', 'amountOutOfRange', `cbc:PayableAmount "${payableText}" is not ${AMOUNT_RANGE}.`, { value: payableText });
    amountCents = null;
  }
  const amountCurrency = attr(payableNode, 'currencyID').toUpperCase();
  if (amountCents !== null && amountCurrency && currencyValid && amountCurrency !== currency) {
    problem(
      'warning',
      payableNode,
      'cbc:PayableAmount',
      'currencyMismatch',
      `cbc:PayableAmount is in ${amountCurrency}, the document in ${currency}.`,
      { value: amountCurrency, expected: currency },
    );
  }

  let kind: ParsedInvoice['kind'] = rootName === 'Invoice' ? 'invoice' : 'credit_note';
  if (amountCents !== null && amountCents < 0) {
    // A negative invoice is money owed to the customer, i.e. a credit; ParsedInvoice wants the amount positive.
    kind = kind === 'invoice' ? 'credit_note' : 'invoice';
    amountCents = -amountCents;
    const asWhat = kind === 'invoice' ? 'an invoice' : 'a credit note';
    problem(
      'warning',
      payableNode,
      'cbc:PayableAmount',
      'negativeTotal',
      `cbc:PayableAmount is negative; the ${rootName} is imported as ${asWhat}.`,
      { value: payableText },
    );
  }

  const paymentReference =
    children(root, 'PaymentMeans')
      .map((pm) => text(child(pm, 'PaymentID')))
      .find(Boolean) ?? null;

  const creditedInvoiceNumber =
    rootName === 'CreditNote'
      ? (children(root, 'BillingReference')
          .map((br) => text(child(br, 'InvoiceDocumentReference', 'ID')))
          .find(Boolean) ?? null)
      : null;

  if (issues.some((i) => i.severity === 'error') || !issueDate || amountCents === null) {
    return { items: [], issues };
  }
  return {
    items: [
      {
        line: rootLine,
        kind,
        number,
        issueDate,
        dueDate,
        currency,
        amountCents,
        paymentReference,
        buyer: readBuyer(child(root, 'AccountingCustomerParty', 'Party')),
        creditedInvoiceNumber,
      },
    ],
    issues,
  };
}
