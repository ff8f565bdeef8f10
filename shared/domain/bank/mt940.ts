/**
 * MT940 customer statements as Dutch banks write them (DOMAIN.md §2, §6): ABN AMRO, ING and Rabobank, in their
 * SEPA-era structured form (/EREF/…/NAME/…/REMI/… in :86:) and in the older free-form layouts. The tags are
 * SWIFT's; what differs per bank is where the counterparty and the remittance text sit:
 *
 * - ABN AMRO: `/TRTP/SEPA OVERBOEKING/IBAN/…/BIC/…/NAME/…/REMI/…/EREF/…` (values may contain slashes); before
 *   SEPA, `GIRO 123456 NAME`, `12.34.56.789 NAME` and card payments `BEA NR:… dd.mm.yy/hh.mm MERCHANT,PAS…`.
 * - ING: `/EREF/…//CNTP/iban/bic/name/city///REMI/USTD//text/` or `/REMI/STRD/CUR/kenmerk/`.
 * - Rabobank: `/EREF/…/ORDP//NAME/…/REMI/…` with the counterparty IBAN on the :61: line's second line; before
 *   SEPA, the counterparty account and name on the :61: line itself and the text in repeated :86: tags.
 *
 * Structured :86: text is wrapped at 65 characters, mid-word, so its lines are joined without a separator;
 * free-form text is joined with spaces. German banks' :86: (a GVC code and ?00–?63 subfields) is read in
 * mt940-gvc.ts; their :25: "bank code/account" becomes the account's IBAN.
 *
 * A file holds one or more messages, bare or each in the SWIFT block envelope (`{1:…}{2:…}{4:` … `-}`). Inside an
 * envelope only `-}` ends the message: German banks write a line holding only "-" inside :86: as text. Without
 * an envelope a bare "-" ends a message once it has its closing balance, and is text before. A message without
 * its closing balance (:62F:/:62M:), or an envelope that never closes, means the file was cut short: the whole
 * file is refused rather than half-read.
 */
import { composeIBAN, countrySpecs, isValidBIC, isValidIBAN } from 'ibantools';
import { isRealDate } from '../dates';
import type { ImportIssue, ParsedBankEntry, ParseResult, StructuredReference } from '../import/types';
import {
  isValidBeReference,
  isValidNlReference,
  isValidReference,
  normalizeReference,
  type ReferenceScheme,
} from '../payment/reference';
import { GVC_START, gvcCounterparty, readGvc } from './mt940-gvc';
import { keyTransactions } from './transaction-key';

type Field = { tag: string; line: number; lines: string[] };

type Statement = {
  line: number;
  lastLine: number;
  fields: Field[];
  /** In a SWIFT block 4, which only "-}" ends. */
  enveloped: boolean;
  /** Its end-of-message mark was read. */
  ended: boolean;
};

const TAG_LINE = /^:(\d{2}[A-Z]?):(.*)$/;
/** End of block 4 of the SWIFT envelope, possibly followed by the trailer block on the same line. */
const BLOCK_END = /^-\}/;
/** End of a bare message: "-" or ING's "-XXX". */
const BARE_END = /^-(?:XXX)?\s*$/;
/** Header blocks of the envelope ({1:…}{2:…}{3:…}) up to the start of the text block, "{4:". */
const BLOCK_START = /^\{[1-4]:/;

/**
 * :61: — value date YYMMDD, optional entry date MMDD, mark (C, D, RC = reversal of a credit, RD = reversal of a
 * debit), optional third letter of the currency (funds code), amount with decimal comma, transaction type (N, S
 * or F + 3), then references.
 */
const STATEMENT_LINE = /^(\d{6})(\d{4})?(R?[CD])([A-Z])?(\d[\d,]*)([NSF][A-Z0-9]{3})(.*)$/;
const CLOSING = ['62F', '62M'];
const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d[\d,]*)$/;
const IBAN_LIKE = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/;

/** Keys of the structured :86: forms. Only these split a value, so a remittance like "factuur 2026/05" survives. */
const KEYS = [
  'TRTP', 'IBAN', 'BIC', 'NAME', 'REMI', 'EREF', 'MARF', 'CSID', 'CNTP', 'ORDP', 'BENM', 'ADDR', 'ID', 'PREF',
  'RTRN', 'ISDT', 'CDTRREFTP', 'PURP', 'ULTC', 'ULTD', 'ULTB', 'SVCL', 'OCMT', 'CHGS', 'EXCH', 'BUSP', 'INIT',
  'IREF', 'KREF', 'RTYP', 'TRCD', 'SUM',
];
const KEY_AT = new RegExp(`/(${KEYS.join('|')})(?=/)`, 'g');
const STRUCTURED_START = new RegExp(`^/(${KEYS.join('|')})/`);

const SCHEME_BY_ISSUER: Record<string, ReferenceScheme> = { CUR: 'nl', BBA: 'be', ISO: 'rf' };

function issue(
  severity: ImportIssue['severity'],
  line: number | null,
  field: string,
  key: string,
  message: string,
  params: ImportIssue['params'] = {},
): ImportIssue {
  return { severity, line, field, key: `errors.import.${key}`, params: { field, ...params }, message };
}

/**
 * SWIFT amount "1234,5" / "9," to cents by string arithmetic; more than two non-zero decimals is refused. Some
 * banks leave the comma out of whole amounts ("500"), which reads as 500,00; a second comma never reads.
 */
function swiftAmountToCents(value: string): number | null {
  const m = /^(\d+)(?:,(\d*))?$/.exec(value);
  if (!m) return null;
  const [, whole = '', frac = ''] = m;
  if (/[1-9]/.test(frac.slice(2))) return null;
  const cents = Number(whole) * 100 + Number(frac.slice(0, 2).padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** YYMMDD; SWIFT has two-digit years, and no Dutch bank issued MT940 before 1980. */
function swiftDate(yymmdd: string): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  const date = `${yy >= 80 ? 1900 + yy : 2000 + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  return isRealDate(date) ? date : null;
}

/**
 * The entry date has no year: it is the one closest to the value date, so a booking on 12-31 valued 01-02
 * lands in the previous year and one on 01-02 valued 12-31 in the next.
 */
function entryDate(valueDate: string, mmdd: string): string | null {
  const year = Number(valueDate.slice(0, 4));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = `${y}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
    if (!isRealDate(candidate)) continue;
    const distance = Math.abs(Date.parse(candidate) - Date.parse(valueDate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function compact(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * :25: is "IBAN", "IBAN EUR", "IBANEUR" (ING, Rabobank), "BIC/account", or a domestic account ("517852257",
 * Rabobank's "1291.99.348EUR"). Dots go, so the account reads the same as inside an IBAN.
 */
function readAccount(raw: string): { account: string; currency: string } {
  let value = compact(raw);
  // German banks write "bank code/account" (Bankleitzahl, 8 digits; account up to 10). Its IBAN is DE + check
  // digits + both, zero-padded, the standard rule, so the account reads the same as in the bank's CAMT.053.
  const blz = /^(\d{8})\/(\d{1,10})([A-Z]{3})?$/.exec(value);
  const german = blz ? composeIBAN({ countryCode: 'DE', bban: `${blz[1]}${blz[2]!.padStart(10, '0')}` }) : null;
  if (german) return { account: german, currency: blz?.[3] ?? '' };
  const slash = value.lastIndexOf('/');
  if (slash !== -1) value = value.slice(slash + 1);
  value = value.replace(/\./g, '');
  const m = /^(.*\d)([A-Z]{3})$/.exec(value);
  if (!m?.[1] || !m[2] || isValidIBAN(value)) return { account: value, currency: '' };
  // By length, not by check digits: an account that fails mod 97 still has its currency glued on.
  const ibanLength = countrySpecs[value.slice(0, 2)]?.chars;
  const isIbanPlusCurrency = /^[A-Z]{2}\d{2}/.test(value) && ibanLength === value.length - 3;
  if (isIbanPlusCurrency || /^\d+$/.test(m[1])) return { account: m[1], currency: m[2] };
  return { account: value, currency: '' };
}

function tokenize(text: string): Statement[] {
  const statements: Statement[] = [];
  let current: Statement | null = null;
  let field: Field | null = null;
  let envelope = false;
  const end = () => {
    if (current) current.ended = true;
    current = null;
    field = null;
  };
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, whole] of lines.entries()) {
    const lineNo = i + 1;
    let raw = whole;
    if (BLOCK_START.test(raw)) {
      // "{1:…}{2:…}{4:" opens a message; a tag may follow "{4:" on the same line.
      const text4 = raw.indexOf('{4:');
      if (text4 === -1) continue;
      end();
      envelope = true;
      raw = raw.slice(text4 + 3);
      if (raw.trim() === '') continue;
    }
    if (BLOCK_END.test(raw)) {
      end();
      envelope = false;
      continue;
    }
    const closed = current?.fields.some((f) => CLOSING.includes(f.tag)) ?? false;
    if (BARE_END.test(raw) && (!current || (!current.enveloped && closed))) {
      end();
      continue;
    }
    const tag = TAG_LINE.exec(raw);
    if (tag?.[1]) {
      if (tag[1] === '20' || !current) {
        current = { line: lineNo, lastLine: lineNo, fields: [], enveloped: envelope, ended: false };
        statements.push(current);
      }
      field = { tag: tag[1], line: lineNo, lines: [tag[2] ?? ''] };
      current.fields.push(field);
      current.lastLine = lineNo;
      continue;
    }
    // Blank lines occur between entries (ABN AMRO) and carry nothing; other untagged lines continue the field
    // above, or are header lines ("ABNANL2A", "940") outside any statement.
    if (raw.trim() === '' || !field || !current) continue;
    field.lines.push(raw);
    current.lastLine = lineNo;
  }
  return statements;
}

/**
 * Why the file looks cut short, or null: a statement that stops before its closing balance, or an envelope whose
 * "-}" never comes. Either way an unknown part of it is missing, so none of it is read.
 */
function truncation(statements: Statement[]): ImportIssue | null {
  for (const s of statements) {
    const closing = s.fields.find((f) => CLOSING.includes(f.tag));
    const ref = (s.fields.find((f) => f.tag === '20')?.lines[0] ?? '').trim();
    if (!closing) {
      const message = `The statement of line ${s.line} (:20: ${ref}) stops at line ${s.lastLine} without its closing balance (:62F:/:62M:); the file looks cut short, so none of it is imported.`;
      return issue('error', s.lastLine, ':62F:', 'mt940Truncated', message, { start: s.line, reference: ref });
    }
    if (s.enveloped && !s.ended) {
      const message = `The message of line ${s.line} (:20: ${ref}) is never closed with "-}"; the file looks cut short, so none of it is imported.`;
      return issue('error', s.lastLine, '-}', 'mt940Unclosed', message, { start: s.line, reference: ref });
    }
  }
  return null;
}

type Details = {
  counterpartyName: string;
  counterpartyIban: string;
  counterpartyBic: string;
  structuredReference: StructuredReference | null;
  remittance: string;
  endToEndId: string;
};

function schemeFor(ref: string, issuer: string): ReferenceScheme | null {
  const byIssuer = SCHEME_BY_ISSUER[issuer.toUpperCase()];
  if (byIssuer) return byIssuer;
  const c = compact(ref);
  if (/^RF\d{2}/.test(c)) return 'rf';
  if (isValidNlReference(c)) return 'nl';
  if (isValidBeReference(c)) return 'be';
  return null;
}

function cleanValue(value: string): string {
  return collapse(value.replace(/\/+$/, ''));
}

function withoutPlaceholder(value: string): string {
  return value.toUpperCase() === 'NOTPROVIDED' || value.toUpperCase() === 'NONREF' ? '' : value;
}

/** The structured :86: forms of all three banks, as key/value pairs split at known keys only. */
function structuredDetails(text: string): Details {
  const hits = [...text.matchAll(KEY_AT)];
  const pairs: Array<[string, string]> = hits.map((hit, i) => {
    const key = hit[1] ?? '';
    const start = hit.index + key.length + 2;
    const end = hits[i + 1]?.index ?? text.length;
    return [key, start <= end ? text.slice(start, end) : ''];
  });
  const first = (key: string) => pairs.find(([k, v]) => k === key && cleanValue(v) !== '')?.[1] ?? '';
  const cntp = first('CNTP').split('/');

  let structuredReference: StructuredReference | null = null;
  const remittance: string[] = [];
  const setReference = (ref: string, issuer: string) => {
    const scheme = schemeFor(ref, issuer);
    if (scheme && !structuredReference) structuredReference = { scheme, value: normalizeReference(scheme, ref) };
    else remittance.push(ref);
  };
  for (const [key, raw] of pairs) {
    if (key === 'REMI') {
      const ustd = /^USTD\/\/?([\s\S]*)$/.exec(raw);
      const strd = /^STRD\/([A-Z]*)\/+([^/]*)/.exec(raw);
      const abn = /Issuer:\s*([A-Z]+)\s+Ref:\s*(\S+)/i.exec(raw);
      if (ustd) remittance.push(cleanValue(ustd[1] ?? ''));
      else if (strd?.[2]) setReference(cleanValue(strd[2]), strd[1] ?? '');
      else if (abn?.[2]) setReference(abn[2], abn[1] ?? '');
      else remittance.push(cleanValue(raw));
    } else if (key === 'CDTRREFTP') {
      const m = /ISSR\/([A-Z]*)\/CDTRREF\/([^/]+)/.exec(raw);
      if (m?.[2]) setReference(cleanValue(m[2]), m[1] ?? '');
    }
  }
  const bic = compact(cleanValue(first('BIC')) || (cntp[1] ?? ''));
  return {
    counterpartyName: cleanValue(first('NAME')) || collapse(cntp[2] ?? ''),
    counterpartyIban: compact(cleanValue(first('IBAN')) || (cntp[0] ?? '')),
    counterpartyBic: isValidBIC(bic) ? bic : '',
    structuredReference,
    remittance: collapse(remittance.filter(Boolean).join(' ')),
    endToEndId: withoutPlaceholder(cleanValue(first('EREF'))),
  };
}

/** "BETALINGSKENM. 1234 5678 9012 3456" in free text; taken only when the digits pass the check. */
function labelledKenmerk(text: string): StructuredReference | null {
  const m = /BETALINGSKENM\.?:?\s*([\d ]{7,})/i.exec(text);
  const digits = m?.[1]?.replace(/\s/g, '') ?? '';
  return isValidNlReference(digits) ? { scheme: 'nl', value: digits } : null;
}

/** ABN AMRO's labelled layout: "SEPA Overboeking  IBAN: …  BIC: …  Naam: …  Omschrijving: …  Kenmerk: …". */
function labelledDetails(text: string): Partial<Details> | null {
  const labels = /\b(IBAN|BIC|Naam|Omschrijving|Kenmerk|Betalingskenm\.|Machtiging|Incassant):\s*/gi;
  const hits = [...text.matchAll(labels)];
  if (!hits.some((h) => /^(IBAN|Naam)$/i.test(h[1] ?? ''))) return null;
  const value = (label: string) => {
    const i = hits.findIndex((h) => (h[1] ?? '').toLowerCase() === label.toLowerCase());
    const hit = hits[i];
    if (!hit) return '';
    return collapse(text.slice(hit.index + hit[0].length, hits[i + 1]?.index ?? text.length));
  };
  const kenmerk = compact(value('Betalingskenm.'));
  const bic = compact(value('BIC'));
  return {
    counterpartyIban: compact(value('IBAN')),
    counterpartyBic: isValidBIC(bic) ? bic : '',
    counterpartyName: value('Naam'),
    remittance: value('Omschrijving'),
    endToEndId: withoutPlaceholder(value('Kenmerk')),
    structuredReference: isValidNlReference(kenmerk) ? { scheme: 'nl', value: kenmerk } : null,
  };
}

/** Pre-SEPA free text: the counterparty where ABN AMRO put it, the whole text as remittance. */
function freeDetails(lines: string[]): Details {
  const text = collapse(lines.join(' '));
  const firstLine = lines[0] ?? '';
  const labelled = labelledDetails(lines.join('  '));
  const giro = /^GIRO\s+\d+\s+(\S.*?)(?:\s{2,}|$)/.exec(firstLine);
  const account = /^\d{1,3}(?:\.\d{1,3}){2,3}\s+(\S.*?)(?:\s{2,}|$)/.exec(firstLine);
  const card = /^[BG]EA\s+NR:\S+\s+\d{2}\.\d{2}\.\d{2}\/\d{2}[.:]\d{2}\s+(.+?)\s*,PAS\d*/.exec(firstLine);
  const counterpartyName = collapse(giro?.[1] ?? account?.[1] ?? card?.[1] ?? '');
  return {
    counterpartyName: labelled?.counterpartyName || counterpartyName,
    counterpartyIban: labelled?.counterpartyIban ?? '',
    counterpartyBic: labelled?.counterpartyBic ?? '',
    structuredReference: labelled?.structuredReference ?? labelledKenmerk(text),
    remittance: labelled?.remittance || text,
    endToEndId: labelled?.endToEndId ?? '',
  };
}

/** German :86:: the SEPA keys and subfields onto the same fields the Dutch layouts fill. */
function gvcDetails(text: string): Details {
  const d = readGvc(text);
  const { iban, bic } = gvcCounterparty(d);
  return {
    counterpartyName: d.name || d.sepa.ABWA || '',
    counterpartyIban: iban,
    counterpartyBic: bic,
    // No structured creditor reference in this layout; an RF or kenmerk written in SVWZ+ is found there by matching.
    structuredReference: null,
    remittance: collapse([d.freeText, d.sepa.SVWZ ?? ''].join(' ')) || d.bookingText,
    endToEndId: withoutPlaceholder(d.sepa.EREF ?? ''),
  };
}

function details(fields: Field[]): Details {
  const lines = fields.flatMap((f) => f.lines);
  const head = (lines[0] ?? '').trimStart();
  if (GVC_START.test(head)) return gvcDetails(lines.map((l, i) => (i === 0 ? l.trimStart() : l)).join(''));
  if (STRUCTURED_START.test(head)) {
    return structuredDetails(lines.map((l, i) => (i === 0 ? l.trimStart() : l)).join(''));
  }
  return freeDetails(lines.map((l) => l.trim()).filter(Boolean));
}

type StatementHead = { account: string; statementId: string; currency: string };

/** Account, statement id and currency of one statement, or an error when its entries cannot be placed. */
function readHead(statement: Statement, issues: ImportIssue[]): StatementHead | null {
  const get = (...tags: string[]) => statement.fields.find((f) => tags.includes(f.tag));
  const value = (f: Field | undefined) => (f?.lines[0] ?? '').trim();
  const statementId = [value(get('20')), value(get('28C', '28'))].filter(Boolean).join('/');
  const { account, currency: accountCurrency } = readAccount(value(get('25')));
  const opening = BALANCE.exec(value(get('60F', '60M')).replace(/\s/g, ''));
  const closing = BALANCE.exec(value(get(...CLOSING)).replace(/\s/g, ''));
  const currency = accountCurrency || opening?.[3] || closing?.[3] || '';
  if (account === '') {
    issues.push(issue('error', statement.line, ':25:', 'missing', 'The statement has no account (:25:); its entries are left out.'));
    return null;
  }
  if (currency === '') {
    const message = 'The statement gives no currency (no :60F: opening balance); its entries are left out.';
    issues.push(issue('error', statement.line, ':60F:', 'missing', message));
    return null;
  }
  return { account, statementId, currency };
}

/** The :61: line's own parts, or why it does not read. */
function readStatementLine(first: string) {
  const m = STATEMENT_LINE.exec(first);
  const [, valueRaw = '', entryRaw, mark = '', , amountRaw = '', , rest = ''] = m ?? [];
  const valueDate = m ? swiftDate(valueRaw) : null;
  const bookingDate = valueDate && entryRaw ? entryDate(valueDate, entryRaw) : valueDate;
  const amountCents = m ? swiftAmountToCents(amountRaw) : null;
  if (!m || !valueDate || !bookingDate || amountCents === null) {
    const why = !m
      ? 'it does not read as date, D/C mark, amount and transaction type'
      : !valueDate || !bookingDate
        ? `the date "${valueRaw}${entryRaw ?? ''}" is not a real date`
        : `the amount "${amountRaw}" is not an amount with a decimal comma and at most two decimals`;
    return { ok: false as const, why };
  }
  // RC reverses a credit, so money goes out; RD reverses a debit, so money comes back in.
  const direction: ParsedBankEntry['direction'] = mark === 'C' || mark === 'RD' ? 'credit' : 'debit';
  return { ok: true as const, valueDate, bookingDate, amountCents, direction, reversal: mark.startsWith('R'), rest };
}

/** One :61: with the :86: fields after it, as an entry (keyed later), plus its warnings; null when it is broken. */
function readEntry(head: StatementHead, field: Field, detailFields: Field[], issues: ImportIssue[]): ParsedBankEntry | null {
  const first = field.lines[0] ?? '';
  const line = readStatementLine(first);
  if (!line.ok) {
    const message = `Line ${field.line} (:61:) is broken: ${line.why}; the entry is left out.`;
    issues.push(issue('error', field.line, ':61:', 'badStatementLine', message, { value: first.trim() }));
    return null;
  }
  const { rest } = line;
  const dbl = rest.indexOf('//');
  const extra = (dbl !== -1 && dbl <= 16 ? rest.slice(dbl + 2).slice(16) : rest.slice(16)).trim();
  const supplementary = collapse([extra, ...field.lines.slice(1)].join(' '));
  const [suppFirst = '', ...suppRest] = supplementary.split(' ');
  const d = details(detailFields);

  let counterpartyIban = d.counterpartyIban;
  let counterpartyName = d.counterpartyName;
  let ibanLine = detailFields[0]?.line ?? field.line;
  // Rabobank puts the counterparty on the :61: line: its IBAN on the second line (SEPA era), or its
  // account and name after the reference (before SEPA). ING uses that place for "/TRCD/…/" codes.
  if (IBAN_LIKE.test(compact(suppFirst))) {
    if (counterpartyIban === '') {
      counterpartyIban = compact(suppFirst);
      ibanLine = field.line + (extra === '' ? 1 : 0);
    }
    counterpartyName ||= collapse(suppRest.join(' '));
  } else if (extra !== '' && !extra.startsWith('/')) {
    counterpartyName ||= collapse(extra);
  }
  // Pre-SEPA domestic account numbers are not IBANs; they stay in the text rather than fail the check.
  if (counterpartyIban !== '' && !/^[A-Z]{2}\d{2}/.test(counterpartyIban)) counterpartyIban = '';
  const counterpartyIbanValid = counterpartyIban === '' || isValidIBAN(counterpartyIban);
  const detailLine = detailFields[0]?.line ?? field.line;
  if (!counterpartyIbanValid) {
    const message = `The counterparty IBAN ${counterpartyIban} fails the ISO 13616 check; the entry is kept.`;
    issues.push(issue('warning', ibanLine, ibanLine === detailLine ? ':86:' : ':61:', 'invalidIban', message, { value: counterpartyIban }));
  }
  const ref = d.structuredReference;
  if (ref && !isValidReference(ref.scheme, ref.value)) {
    const message = `The structured reference ${ref.value} (${ref.scheme}) fails its check digits, so it cannot match an invoice by reference.`;
    issues.push(issue('warning', detailLine, ':86:', 'invalidReference', message, { value: ref.value, scheme: ref.scheme }));
  }
  return {
    line: field.line,
    entryKey: '',
    accountIban: head.account,
    statementId: head.statementId,
    bookingDate: line.bookingDate,
    valueDate: line.valueDate,
    currency: head.currency,
    amountCents: line.amountCents,
    direction: line.direction,
    reversal: line.reversal,
    counterpartyName,
    counterpartyIban,
    counterpartyBic: d.counterpartyBic,
    counterpartyIbanValid,
    structuredReference: ref,
    remittance: d.remittance,
    endToEndId: d.endToEndId,
  };
}

export function parseMt940(text: string): ParseResult<ParsedBankEntry> {
  const source = text.replace(/^\uFEFF/, '');
  const statements = tokenize(source);
  const looksLikeMt940 = statements.some(
    (s) => s.fields.some((f) => f.tag === '20' || f.tag === '25') && s.fields.some((f) => /^(6[012]|86)/.test(f.tag)),
  );
  if (!looksLikeMt940) {
    return {
      items: [],
      issues: [
        issue('error', null, '', 'notMt940', 'The file is not an MT940 bank statement (no :20:, :25: and :61: tags).'),
      ],
    };
  }
  const cut = truncation(statements);
  if (cut) return { items: [], issues: [cut] };

  const items: ParsedBankEntry[] = [];
  const issues: ImportIssue[] = [];
  for (const statement of statements) {
    const head = readHead(statement, issues);
    if (!head) continue;
    for (const [position, field] of statement.fields.entries()) {
      if (field.tag !== '61') continue;
      const detailFields: Field[] = [];
      for (const next of statement.fields.slice(position + 1)) {
        if (next.tag !== '86') break;
        detailFields.push(next);
      }
      const entry = readEntry(head, field, detailFields, issues);
      if (entry) items.push(entry);
    }
  }
  return { items: keyTransactions(items), issues };
}
