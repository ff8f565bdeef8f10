/**
 * Invoices from CSV exports (DOMAIN.md §2): whatever accounting package or spreadsheet produced them, in nl, en,
 * de or fr conventions. Decoding, delimiter sniffing and the header guess feed the mapping screen; the parse
 * itself then reports every bad row with its physical line, and keeps the good ones.
 */
import { analyse } from 'chardet';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { isRealDate } from '../dates';
import { AMOUNT_RANGE, isAmountInRange } from '../money/money';
import type { CsvField } from './csv-mapping';
import type { ImportIssue, ParsedInvoice, ParseResult } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Decoding

export type DecodedText = { text: string; encoding: 'UTF-8' | 'windows-1252' };

/**
 * Excel and most accounting packages write either UTF-8 (often with a BOM) or the Windows ANSI code page, which
 * for nl/en/de/fr is windows-1252. Strictly valid UTF-8 is decisive: windows-1252 text almost never forms valid
 * multi-byte sequences by accident.
 *
 * chardet is the hint for the rest: when it still rates the bytes as UTF-8 (valid sequences outnumber broken ones
 * ten to one), the file is UTF-8 with a few damaged bytes, and reading it as windows-1252 would garble every
 * "ü" in it to turn one bad byte into a readable one.
 *
 * iconv-lite decodes windows-1252 through `safer-buffer`, i.e. Node's Buffer: fine in the main process and in
 * tests; a renderer bundle needs a `buffer` polyfill before it can call this.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not strictly UTF-8; decided below.
  }
  const utf8 = analyse(bytes).find((m) => m.name === 'UTF-8');
  if (utf8 && utf8.confidence >= 25) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  }
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

// ---------------------------------------------------------------------------------------------------------------
// Sniffing

export type CsvDelimiter = ';' | ',' | '\t' | '|';
export type CsvSniff = { delimiter: CsvDelimiter; headers: string[]; rows: string[][] };

// Order breaks ties: ';' first because it is what Excel writes wherever the decimal separator is a comma.
const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t', '|'];
const SNIFF_RECORDS = 50;
const PREVIEW_ROWS = 20;

/**
 * RFC 4180 records for the first `limit` records under a given delimiter. Quotes open a field only at its start,
 * so a wrong delimiter candidate sees the same quoted text the right one would; blank lines are dropped.
 */
function scanRecords(text: string, delimiter: string, limit: number): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fresh = true;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0]?.trim() !== '') records.push(record);
    record = [];
    field = '';
    fresh = true;
  };
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && fresh) {
      quoted = true;
      field = '';
      fresh = false;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
      fresh = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
      // Spaces before an opening quote are tolerated, as csv-parse's trim does.
      if (ch !== ' ' && ch !== '\t') fresh = false;
    }
  }
  if (records.length < limit && (field !== '' || record.length > 0)) endRecord();
  return records;
}

type DelimiterScore = { viable: boolean; consistency: number; headerFits: boolean; columns: number };

/**
 * How well a delimiter explains the file: most records with the same number of fields, the header among them,
 * and more than one column. Decimal commas in a ';' file give ',' a row count that varies with the amounts and
 * never matches the header, so ';' wins without any special rule.
 */
function scoreDelimiter(records: string[][]): DelimiterScore {
  const counts = records.map((r) => r.length);
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let columns = 0;
  let best = 0;
  for (const [count, n] of freq) {
    if (n > best || (n === best && count > columns)) [columns, best] = [count, n];
  }
  return {
    viable: columns >= 2,
    consistency: counts.length ? best / counts.length : 0,
    headerFits: counts[0] === columns,
    columns,
  };
}

function better(a: DelimiterScore, b: DelimiterScore): boolean {
  if (a.viable !== b.viable) return a.viable;
  if (a.consistency !== b.consistency) return a.consistency > b.consistency;
  if (a.headerFits !== b.headerFits) return a.headerFits;
  return a.columns > b.columns;
}

export function sniffCsv(text: string): CsvSniff {
  // Same line breaks as parseCsvInvoices, so the preview shows the values the import will store.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let chosen: { delimiter: CsvDelimiter; records: string[][]; score: DelimiterScore } | null = null;
  for (const delimiter of DELIMITERS) {
    const records = scanRecords(source, delimiter, SNIFF_RECORDS);
    const score = scoreDelimiter(records);
    if (!chosen || better(score, chosen.score)) chosen = { delimiter, records, score };
  }
  const records = chosen?.records ?? [];
  return {
    delimiter: chosen?.delimiter ?? ';',
    headers: (records[0] ?? []).map((h) => h.trim()),
    // Rows of empty cells (";;;" under an Excel export) are skipped by the parse, so the preview skips them too.
    rows: records
      .slice(1)
      .filter((r) => r.some((v) => v.trim() !== ''))
      .slice(0, PREVIEW_ROWS)
      .map((r) => r.map((v) => v.trim())),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Mapping

/** Which header holds each field; values are header names as they appear in the file. */
export type CsvMapping = Partial<Record<CsvField, string>> & { number: string; issueDate: string; amount: string };
export type { CsvField };

/** Lower case, no accents, letters and digits only: "Numéro de facture" → "numerodefacture". */
function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Header names seen in nl, en, de and fr exports, already in headerKey form. The order of the fields matters: a
 * field listed earlier claims a header first, so "openstaand bedrag" becomes openAmount before amount sees it.
 */
const SYNONYMS: ReadonlyArray<[CsvField, readonly string[]]> = [
  [
    'customerNumber',
    [
      'klantnummer', 'klantnr', 'klantcode', 'debiteurnummer', 'debiteurnr', 'debiteurcode', 'relatienummer',
      'relatienr', 'relatiecode', 'customernumber', 'customerno', 'customernr', 'customerid', 'customercode',
      'accountcode', 'debtornumber', 'kundennummer', 'kundennr', 'kundenid', 'debitorennummer', 'debitornummer',
      'debitorennr', 'numeroclient', 'numerodeclient', 'noclient', 'nclient', 'codeclient', 'refclient',
      'referenceclient', 'numerodebiteur',
    ],
  ],
  [
    'customerName',
    [
      'klantnaam', 'naamklant', 'debiteurnaam', 'debiteur', 'relatienaam', 'relatie', 'bedrijfsnaam', 'klant', 'naam',
      'customername', 'customer', 'companyname', 'company', 'debtor', 'debtorname', 'name', 'kundenname', 'kunde',
      'firma', 'firmenname', 'debitor', 'debitorname', 'name1', 'nomclient', 'nomduclient', 'client',
      'raisonsociale', 'nom', 'societe',
    ],
  ],
  [
    'number',
    [
      'factuurnummer', 'factuurnr', 'factuur', 'factuurno', 'documentnummer', 'boekstuknummer', 'boekstuk',
      'invoicenumber', 'invoiceno', 'invoicenr', 'invoiceid', 'invoice', 'documentnumber', 'documentno', 'docno',
      'rechnungsnummer', 'rechnungsnr', 'rechnungnr', 'rechnung', 'belegnummer', 'belegnr', 'beleg',
      'numerodefacture', 'numerofacture', 'nfacture', 'nodefacture', 'nofacture', 'facture', 'numerodepiece',
      'numero', 'nummer',
    ],
  ],
  ['vatNumber', ['btwnummer', 'btwnr', 'btwid', 'btwidentificatienummer', 'vatnumber', 'vatno', 'vatid', 'vatnr',
    'vat', 'taxid', 'ustidnr', 'ustid', 'ustidnummer', 'ustidentnr', 'umsatzsteueridentifikationsnummer',
    'umsatzsteuerid', 'numerotva', 'numerodetva', 'ntva', 'notva', 'tva', 'tvaintracommunautaire']],
  [
    'dueDate',
    [
      'vervaldatum', 'vervaldag', 'uiterstebetaaldatum', 'betaaldatum', 'duedate', 'paymentduedate', 'due',
      'faelligkeitsdatum', 'falligkeitsdatum', 'faelligkeit', 'falligkeit', 'faelligam', 'falligam', 'faellig',
      'fallig', 'zahlbarbis', 'zahlungsziel', 'echeance', 'dateecheance', 'datedecheance', 'datelimitedepaiement',
    ],
  ],
  [
    'issueDate',
    [
      'factuurdatum', 'datumfactuur', 'documentdatum', 'boekdatum', 'datum', 'invoicedate', 'issuedate',
      'documentdate', 'date', 'rechnungsdatum', 'belegdatum', 'datumrechnung', 'datedefacture', 'datefacture',
      'datedemission', 'dateemission', 'datedocument',
    ],
  ],
  ['currency', ['valuta', 'munt', 'muntsoort', 'currency', 'currencycode', 'cur', 'ccy', 'waehrung', 'wahrung',
    'devise', 'monnaie']],
  [
    'openAmount',
    [
      'openstaand', 'openstaandbedrag', 'openbedrag', 'saldo', 'restbedrag', 'nogtebetalen', 'openamount', 'open',
      'outstanding', 'outstandingamount', 'balance', 'balancedue', 'amountdue', 'amountoutstanding', 'offen',
      'offenerbetrag', 'offenerposten', 'restbetrag', 'offenersaldo', 'montantrestant', 'resteapayer', 'restedu',
      'soldedu', 'solde', 'montantdu', 'montantouvert',
    ],
  ],
  [
    'amount',
    [
      'bedrag', 'factuurbedrag', 'totaalbedrag', 'totaal', 'bedraginclbtw', 'brutobedrag', 'amount', 'total',
      'invoiceamount', 'totalamount', 'grossamount', 'amountinclvat', 'invoicetotal', 'betrag', 'rechnungsbetrag',
      'bruttobetrag', 'gesamtbetrag', 'summe', 'brutto', 'montant', 'montantttc', 'montanttotal', 'totalttc',
      'montantfacture',
    ],
  ],
  [
    'paymentReference',
    [
      'betalingskenmerk', 'kenmerk', 'betaalkenmerk', 'betalingsreferentie', 'gestructureerdemededeling',
      'mededeling', 'ogm', 'vcs', 'paymentreference', 'paymentref', 'reference', 'structuredreference',
      'zahlungsreferenz', 'verwendungszweck', 'referenz', 'communicationstructuree', 'communication',
      'referencedepaiement', 'referencepaiement',
    ],
  ],
  ['email', ['email', 'emailadres', 'emailadresse', 'emailaddress', 'mail', 'mailadres', 'factuuremail',
    'invoiceemail', 'billingemail', 'courriel', 'adresseemail', 'adressemail']],
];

/**
 * A first guess for the mapping screen: exact header names first, then headers that start with a known name
 * ("Bedrag incl. BTW", "Rechnungsnummer (intern)"). Each header is used at most once.
 */
export function guessMapping(headers: string[]): Partial<CsvMapping> {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: Partial<CsvMapping> = {};
  const passes: Array<(key: string, synonym: string) => boolean> = [
    (key, synonym) => key === synonym,
    (key, synonym) => synonym.length >= 5 && key.startsWith(synonym),
  ];
  for (const matches of passes) {
    for (const [field, synonyms] of SYNONYMS) {
      if (mapping[field] !== undefined) continue;
      // Longest first: "date d'échéance" says more than a bare "échéance" column next to it.
      for (const synonym of [...synonyms].sort((a, b) => b.length - a.length)) {
        const index = keys.findIndex((key, i) => !taken.has(i) && key !== '' && matches(key, synonym));
        const header = headers[index];
        if (header === undefined) continue;
        mapping[field] = header;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

// ---------------------------------------------------------------------------------------------------------------
// Values

const CURRENCY_MARK = /^(?:€|\$|£|EUR|USD|GBP|CHF)\s*|\s*(?:€|\$|£|EUR|USD|GBP|CHF)$/i;

/**
 * An amount as people type it in nl/en/de/fr, to integer cents by string arithmetic. The last '.' or ',' is the
 * decimal separator, unless it appears more than once or is followed by exactly three digits after a proper
 * group ("1.234", "1,234"): then it groups thousands. That reading is the only one that does not lose digits:
 * the alternative, three decimals, is rejected anyway unless they are zeros. Thousands groups must be complete
 * ("1.2.3" is not a number). Also: "12,30-" and "(12,30)" are negative, spaces and ' may group thousands.
 */
export function parseAmount(text: string): number | null {
  let s = text.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // The sign may stand before or after the currency mark ("-€ 12,30", "€ -12,30"), but only once.
  let signed = negative;
  for (let round = 0; round < 2; round++) {
    const sign = /^([-+\u2212])\s*/.exec(s);
    if (sign) {
      if (signed) return null;
      signed = true;
      negative = sign[1] !== '+';
      s = s.slice(sign[0].length);
    }
    s = s.replace(CURRENCY_MARK, '').trim();
  }
  if (s.endsWith('-') && !signed) {
    negative = true;
    s = s.slice(0, -1).trim();
  }
  if (!/^\d[\d.,' ]*$/.test(s) || !/\d$/.test(s)) return null;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot !== -1 && lastComma !== -1) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot !== -1 || lastComma !== -1) {
    const mark = lastDot !== -1 ? '.' : ',';
    const parts = s.split(mark);
    const [head = '', tail = ''] = parts;
    const groupsThousands = parts.length > 2 || (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head));
    decimal = groupsThousands ? null : mark;
  }

  let whole = s;
  let frac = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    whole = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d+$/.test(frac) || whole.includes(decimal)) return null;
  }
  const separators = new Set(whole.replace(/\d/g, ''));
  if (separators.size > 1) return null;
  if (separators.size === 1 && !/^\d{1,3}(?:[.,' ]\d{3})+$/.test(whole)) return null;
  const digits = whole.replace(/\D/g, '');
  if (digits === '') return null;
  if (/[1-9]/.test(frac.slice(2))) return null;

  const cents = Number(digits) * 100 + Number(frac.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const DAY_FIRST_DATE = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);

/**
 * A business date from yyyy-mm-dd or day-first dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy (the nl/de/fr order; US
 * month-first dates are not guessed at). A trailing time, as spreadsheets add, is ignored. Two-digit years are
 * refused rather than assigned a century.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  const iso = ISO_DATE.exec(t);
  if (iso) [, y, , m, d] = iso;
  else {
    const dayFirst = DAY_FIRST_DATE.exec(t);
    if (dayFirst) [, d, , m, y] = dayFirst;
  }
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealDate(date) ? date : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

export type CsvInvoice = ParsedInvoice & {
  customerNumber: string;
  /** In cents with the same sign convention as amountCents; null when no open amount column is mapped or given. */
  openAmountCents: number | null;
};

type CsvRecord = { record: string[]; info: { lines: number }; raw: string };

/** csv-parse counts lines up to a record's end; the user looks for where it starts. */
function startLine(endLine: number, raw: string | undefined): number {
  const body = (raw ?? '').replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

function issue(
  line: number | null,
  field: string,
  key: string,
  message: string,
  params: ImportIssue['params'] = {},
): ImportIssue {
  return { severity: 'error', line, field, key: `errors.import.${key}`, params: { field, ...params }, message };
}

/**
 * Rows of invoices (negative amounts are credit notes) under a confirmed mapping. Header names match exactly,
 * or else ignoring case and surrounding spaces, so a saved mapping survives "Bedrag " becoming "bedrag".
 * Invoices without a currency column get `defaultCurrency`.
 */
export function parseCsvInvoices(
  text: string,
  mapping: CsvMapping,
  delimiter: CsvDelimiter,
  defaultCurrency = 'EUR',
): ParseResult<CsvInvoice> {
  const issues: ImportIssue[] = [];
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let records: CsvRecord[];
  try {
    records = parse(source, {
      delimiter,
      info: true,
      raw: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: false,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err, raw) => {
        const end = typeof err?.lines === 'number' ? err.lines : null;
        const code = err?.code ?? '';
        const wrongCount = code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH';
        issues.push(
          issue(
            end === null ? null : startLine(end, raw),
            '',
            wrongCount ? 'columnCount' : 'csvSyntax',
            wrongCount
              ? 'The row has a different number of columns than the header.'
              : `The row is not valid CSV (${code}).`,
            { detail: err?.message ?? code },
          ),
        );
        return undefined;
      },
    }) as unknown as CsvRecord[];
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const lines = (err as { lines?: unknown }).lines;
    return {
      items: [],
      issues: [
        issue(typeof lines === 'number' ? lines : null, '', 'csvSyntax', `The file is not valid CSV: ${message}`, {
          detail: message,
        }),
      ],
    };
  }

  const [head, ...rows] = records;
  if (!head) return { items: [], issues: [issue(null, '', 'empty', 'The file has no header row.')] };
  const headers = head.record.map((h) => h.trim());
  const columnOf = (name: string): number => {
    const exact = headers.indexOf(name);
    if (exact !== -1) return exact;
    const folded = name.trim().toLowerCase();
    return headers.findIndex((h) => h.toLowerCase() === folded);
  };

  const columns = new Map<CsvField, number>();
  const fileIssues: ImportIssue[] = [];
  for (const [field, name] of Object.entries(mapping) as Array<[CsvField, string | undefined]>) {
    if (!name) continue;
    const index = columnOf(name);
    if (index === -1) {
      fileIssues.push(
        issue(null, field, 'missingColumn', `The column "${name}" mapped to ${field} is not in the file.`, {
          column: name,
        }),
      );
    } else columns.set(field, index);
  }
  if (!mapping.customerNumber && !mapping.customerName) {
    fileIssues.push(
      issue(null, 'customerNumber', 'noCustomerColumn', 'Map a customer number or customer name column.'),
    );
  }
  if (fileIssues.length > 0) return { items: [], issues: fileIssues };

  const items: CsvInvoice[] = [];
  for (const { record, info, raw } of rows) {
    if (record.every((v) => v.trim() === '')) continue;
    const line = startLine(info.lines, raw);
    const rowIssues: ImportIssue[] = [];
    const value = (field: CsvField): string => {
      const index = columns.get(field);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const required = (field: CsvField): string => {
      const v = value(field);
      if (v === '') {
        rowIssues.push(issue(line, field, 'missing', `${field} is empty.`, { column: mapping[field] ?? '' }));
      }
      return v;
    };
    const bad = (field: CsvField, key: string, v: string, what: string) => {
      const params = { column: mapping[field] ?? '', value: v };
      rowIssues.push(issue(line, field, key, `${field} "${v}" is not ${what}.`, params));
    };

    const number = required('number');
    const customerNumber = value('customerNumber');
    const customerName = value('customerName');
    if (customerNumber === '' && customerName === '') {
      const field: CsvField = columns.has('customerNumber') ? 'customerNumber' : 'customerName';
      rowIssues.push(issue(line, field, 'missing', `${field} is empty.`, { column: mapping[field] ?? '' }));
    }

    const issueText = required('issueDate');
    const issueDate = issueText ? parseDate(issueText) : null;
    if (issueText && !issueDate) bad('issueDate', 'badDate', issueText, 'a date');

    const dueText = value('dueDate');
    const dueDate = dueText ? parseDate(dueText) : null;
    if (dueText && !dueDate) bad('dueDate', 'badDate', dueText, 'a date');

    const currencyText = value('currency');
    const currency = (currencyText || defaultCurrency).toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) bad('currency', 'badCurrency', currencyText, 'an ISO 4217 currency code');

    const amountText = required('amount');
    const amount = amountText ? parseAmount(amountText) : null;
    if (amountText && amount === null) bad('amount', 'badAmount', amountText, 'an amount');
    else if (amount !== null && !isAmountInRange(amount)) bad('amount', 'amountOutOfRange', amountText, AMOUNT_RANGE);

    const openText = value('openAmount');
    const open = openText ? parseAmount(openText) : null;
    if (openText && open === null) bad('openAmount', 'badAmount', openText, 'an amount');
    else if (open !== null && !isAmountInRange(open)) bad('openAmount', 'amountOutOfRange', openText, AMOUNT_RANGE);

    if (rowIssues.length > 0 || issueDate === null || amount === null) {
      issues.push(...rowIssues);
      continue;
    }
    items.push({
      line,
      // Exports list credit notes as negative invoices; ParsedInvoice keeps amounts positive and says the kind.
      kind: amount < 0 ? 'credit_note' : 'invoice',
      number,
      issueDate,
      dueDate,
      currency,
      amountCents: Math.abs(amount),
      openAmountCents: open === null ? null : Math.abs(open),
      paymentReference: value('paymentReference') || null,
      customerNumber,
      buyer: {
        name: customerName,
        vatNumber: value('vatNumber'),
        street: '',
        postcode: '',
        city: '',
        country: '',
        email: value('email'),
        customerNumber,
      },
      creditedInvoiceNumber: null,
    });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { items, issues };
}
