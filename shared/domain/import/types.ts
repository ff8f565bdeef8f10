/**
 * What every importer (CSV and UBL invoices, CAMT.053 and MT940 statements) hands to the preview: the items it
 * understood and the problems it found, each pointing at a line or row, a field and a reason. Parsers are pure:
 * bytes or text in, this out; nothing is written until the user confirms the preview.
 */
export type ImportIssue = {
  severity: 'error' | 'warning';
  /** 1-based line in the file (XML, MT940, CSV physical line), or null when the problem is the file as a whole. */
  line: number | null;
  /** The field in the file's own terms, e.g. 'cbc:DueDate', ':61:', 'amount' (a CSV column after mapping). */
  field: string;
  /** i18n key under errors.import.*, so the UI can word it in the user's language. */
  key: string;
  params?: Record<string, string | number>;
  /** English wording for logs and for `npm run parse`. */
  message: string;
};

export type ParseResult<T> = { items: T[]; issues: ImportIssue[] };

export type Party = {
  name: string;
  vatNumber: string;
  street: string;
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2, or '' when the file does not say. */
  country: string;
  email: string;
  /** The customer number in the sender's ledger, when the file carries one. */
  customerNumber: string;
};

/** An invoice or credit note as read from a file, before it is matched to a customer. */
export type ParsedInvoice = {
  line: number;
  kind: 'invoice' | 'credit_note';
  number: string;
  issueDate: string;
  /** null when the file gives none; the importer then applies the customer's payment terms. */
  dueDate: string | null;
  currency: string;
  /** Positive for invoices and for credit notes alike; `kind` says which way it counts. */
  amountCents: number;
  paymentReference: string | null;
  buyer: Party;
  /** For a credit note: the invoice it corrects, when named. */
  creditedInvoiceNumber: string | null;
};

export type StructuredReference = { scheme: 'nl' | 'be' | 'rf'; value: string };

/** One booked entry of a bank statement. */
export type ParsedBankEntry = {
  line: number;
  /**
   * What the transaction is, the same in CAMT.053 and MT940 and under any statement id (bank/transaction-key.ts):
   * account, booking date, currency, direction, amount, counterparty account, end-to-end id or reference, and the
   * position among identical ones of the file.
   */
  entryKey: string;
  accountIban: string;
  statementId: string;
  bookingDate: string;
  valueDate: string | null;
  currency: string;
  /** Always positive; `direction` says whether money came in. */
  amountCents: number;
  direction: 'credit' | 'debit';
  reversal: boolean;
  counterpartyName: string;
  counterpartyIban: string;
  /** The counterparty's bank, when the file names it ('' otherwise). */
  counterpartyBic: string;
  /** False when an IBAN is given but fails ISO 13616 mod 97 (a warning, never a rejection). */
  counterpartyIbanValid: boolean;
  structuredReference: StructuredReference | null;
  /** Unstructured remittance text, joined with spaces. */
  remittance: string;
  endToEndId: string;
};
