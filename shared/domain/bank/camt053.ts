/**
 * CAMT.053 bank-to-customer statements, versions 02 to 08 (DOMAIN.md §2, §6): the booked entries, each with what
 * payment matching needs (amount, direction, counterparty, structured reference, remittance text). Elements are
 * matched by local name, so the version and the namespace prefix make no difference; the versions differ only in
 * a few places (v08 wraps parties in <Pty>, puts the status in <Sts><Cd>, and allows <DtTm> for dates).
 */
import { isValidIBAN } from 'ibantools';
import { isRealDate } from '../dates';
import type { ImportIssue, ParsedBankEntry, ParseResult, StructuredReference } from '../import/types';
import { attr, child, children, decimalToCents, fileIssue, HTML_START, lineOf, parseXml, text, type XmlDocument, type XmlElement } from '../import/xml';
import { keyTransactions } from './transaction-key';
import {
  isValidNlReference,
  isValidBeReference,
  isValidReference,
  normalizeReference,
  type ReferenceScheme,
} from '../payment/reference';

/**
 * xsd:decimal to integer cents by string arithmetic. CAMT amounts are never negative (the direction is in
 * CdtDbtInd); digits beyond the cent are accepted only when zero, as rounding money silently is never right.
 */
/** CAMT amounts are unsigned (the direction is CdtDbtInd), so a sign makes the amount invalid. */
function unsignedCents(value: string): number | null {
  return /^\s*[+-]/.test(value) ? null : decimalToCents(value);
}

/**
 * ISODate or ISODateTime to a business date. A date-time keeps the date as the bank wrote it: converting
 * "2014-12-31T00:30:00+01:00" to UTC would move the booking to the previous day.
 */
function isoDate(node: XmlElement | undefined): { value: string; ok: boolean } {
  const raw = text(child(node, 'Dt')) || text(child(node, 'DtTm'));
  if (raw === '') return { value: '', ok: false };
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|Z$|[+-]\d{2}:\d{2}$|T)/.exec(raw);
  return { value: raw, ok: !!m?.[1] && isRealDate(m[1]) };
}

function datePart(raw: string): string {
  return raw.slice(0, 10);
}

function compactIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}


/** What a non-statement ISO 20022 message is, for an error that tells the user which file they picked. */
const OTHER_MESSAGES: Record<string, string> = {
  BkToCstmrAcctRpt: 'camt.052',
  BkToCstmrDbtCdtNtfctn: 'camt.054',
  CstmrCdtTrfInitn: 'pain.001',
  CstmrDrctDbtInitn: 'pain.008',
  CstmrPmtStsRpt: 'pain.002',
};
const OTHER_NAMES: Record<string, string> = {
  'pain.001': 'pain.001 (credit transfer order)',
  'pain.008': 'pain.008 (direct debit order)',
  'pain.002': 'pain.002 (payment status report)',
};

/** "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08" → message "camt.053", version "08". */
const ISO_NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3})\.001\.(\d{2})$/;
/** The versions the parser was checked against; later ones keep these elements, so they are read with a note. */
const KNOWN_VERSIONS = ['02', '03', '04', '05', '06', '07', '08'];

/**
 * Valid XML that is no CAMT.053 statement, named by what it is: another ISO 20022 message (by its element or its
 * namespace: a camt.052 intraday report or a camt.054 notification is the usual wrong export), a namespace that is
 * no ISO 20022 one, or a camt.053 without a statement in it. Null when the document is a statement to read.
 */
function notAStatement(doc: XmlDocument): ImportIssue | null {
  const { root, name: rootName, namespace } = doc;
  const iso = ISO_NAMESPACE.exec(namespace ?? '');
  const element = Object.keys(OTHER_MESSAGES).find((name) => children(root, name).length > 0);
  const other = rootName !== 'Document' ? null : element ? OTHER_MESSAGES[element]! : iso && iso[1] !== 'camt.053' ? iso[1]! : null;
  if (other === 'camt.052') {
    return fileIssue('accountReport', 'The file is a camt.052 account report (intraday), not a CAMT.053 bank statement; export the statement (camt.053) from the bank.', { found: namespace ?? element ?? '' });
  }
  if (other === 'camt.054') {
    return fileIssue('notification', 'The file is a camt.054 debit/credit notification, not a CAMT.053 bank statement; export the statement (camt.053) from the bank.', { found: namespace ?? element ?? '' });
  }
  if (rootName !== 'Document' || other) {
    const what = other ? (OTHER_NAMES[other] ?? `an ISO 20022 ${other} message`) : `an XML file with root element <${rootName}>`;
    return fileIssue('notCamt053', `The file is ${what}, not a CAMT.053 bank statement.`, { found: element ?? other ?? rootName });
  }
  if (!iso) {
    return namespace
      ? fileIssue('unknownNamespace', `The file's namespace ${namespace} is not that of a CAMT.053 bank statement.`, { namespace })
      : fileIssue('noNamespace', 'The file declares no namespace, so it is no CAMT.053 bank statement (urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx).');
  }
  const body = child(root, 'BkToCstmrStmt');
  if (!body || children(body, 'Stmt').length === 0) {
    const field = body ? 'BkToCstmrStmt/Stmt' : 'BkToCstmrStmt';
    const has = body ? 'a group header but no statement (Stmt)' : 'no BkToCstmrStmt';
    return { ...fileIssue('noStatement', `The file is a CAMT.053 document with ${has}; there is nothing in it to import.`, { field }), field };
  }
  return null;
}

/** Party name in v02–v07 (<Dbtr><Nm>) and in v08 (<Dbtr><Pty><Nm>). */
function partyName(party: XmlElement | undefined): string {
  return text(child(party, 'Nm')) || text(child(party, 'Pty', 'Nm'));
}

type Side = { name: string; iban: string; bic: string; ibanNode: XmlElement | undefined; present: boolean };

/** A party with its account and its bank (RltdAgts: <BIC> up to v03, <BICFI> from v04). */
function side(parties: XmlElement | undefined, agents: XmlElement | undefined, who: 'Dbtr' | 'Cdtr'): Side {
  const party = child(parties, who);
  const ibanNode = child(parties, `${who}Acct`, 'Id', 'IBAN');
  const iban = compactIban(text(ibanNode));
  const name = partyName(party);
  const institution = child(agents, `${who}Agt`, 'FinInstnId');
  const bic = compactIban(text(child(institution, 'BICFI')) || text(child(institution, 'BIC')));
  return { name, iban, bic, ibanNode, present: name !== '' || iban !== '' };
}

/**
 * The other party of a transaction: the debtor of money that came in, the creditor of money that went out. A
 * reversal carries the parties of the transaction it undoes, so the roles flip. Some banks give only one side;
 * that side is used when its account is not the statement's own.
 */
function counterparty(tx: XmlElement | undefined, incoming: boolean, ownIban: string): Side {
  const parties = child(tx, 'RltdPties');
  const agents = child(tx, 'RltdAgts');
  const wanted = side(parties, agents, incoming ? 'Dbtr' : 'Cdtr');
  if (wanted.present) return wanted;
  const other = side(parties, agents, incoming ? 'Cdtr' : 'Dbtr');
  if (other.present && other.iban !== ownIban) return other;
  return { name: '', iban: '', bic: '', ibanNode: undefined, present: false };
}

const SCHEME_BY_ISSUER: Record<string, ReferenceScheme> = { CUR: 'nl', BBA: 'be', ISO: 'rf' };

/**
 * The scheme a creditor reference belongs to: the issuer says it (CUR = Currence, the Dutch betalingskenmerk;
 * BBA = the Belgian bankers' association, OGM/VCS; ISO = ISO 11649), some banks put the same code in the type;
 * without one, an "RF" prefix or a valid check digit decides. Null when nothing does.
 */
function referenceScheme(ref: string, hints: string[]): ReferenceScheme | null {
  for (const hint of hints) {
    const scheme = SCHEME_BY_ISSUER[hint.toUpperCase()];
    if (scheme) return scheme;
  }
  const compact = ref.replace(/\s/g, '').toUpperCase();
  if (/^RF\d{2}/.test(compact)) return 'rf';
  if (isValidNlReference(compact)) return 'nl';
  if (isValidBeReference(ref)) return 'be';
  return null;
}

type TxFields = {
  counterparty: Side;
  structuredReference: StructuredReference | null;
  referenceNode: XmlElement | undefined;
  remittance: string;
  endToEndId: string;
};

function readTx(tx: XmlElement | undefined, incoming: boolean, ownIban: string): TxFields {
  const rmt = children(tx, 'RmtInf');
  const ustrd = rmt.flatMap((r) => children(r, 'Ustrd').map(text)).filter(Boolean);
  let structuredReference: StructuredReference | null = null;
  let referenceNode: XmlElement | undefined;
  // A reference whose scheme cannot be told is still a reference the payer typed; it goes into the text so
  // matching by invoice number in free text can find it.
  const unplaced: string[] = [];
  for (const strd of rmt.flatMap((r) => children(r, 'Strd'))) {
    for (const info of children(strd, 'CdtrRefInf')) {
      const refNode = child(info, 'Ref');
      const ref = text(refNode);
      if (ref === '') continue;
      const tp = child(info, 'Tp');
      const scheme = referenceScheme(ref, [
        text(child(tp, 'Issr')),
        text(child(tp, 'CdOrPrtry', 'Prtry')),
        text(child(tp, 'CdOrPrtry', 'Cd')),
      ]);
      if (scheme && !structuredReference) {
        structuredReference = { scheme, value: normalizeReference(scheme, ref) };
        referenceNode = refNode;
      } else if (!ustrd.includes(ref)) {
        unplaced.push(ref);
      }
    }
    for (const extra of children(strd, 'AddtlRmtInf').map(text)) if (extra) unplaced.push(extra);
  }
  const endToEndId = text(child(tx, 'Refs', 'EndToEndId'));
  return {
    counterparty: counterparty(tx, incoming, ownIban),
    structuredReference,
    referenceNode,
    remittance: [...ustrd, ...unplaced].join(' ').replace(/\s+/g, ' ').trim(),
    // SEPA's placeholder for "the payer gave none"; as a value it would make unrelated payments look alike.
    endToEndId: endToEndId.toUpperCase() === 'NOTPROVIDED' ? '' : endToEndId,
  };
}

function directionOf(code: string): ParsedBankEntry['direction'] | null {
  return code === 'CRDT' ? 'credit' : code === 'DBIT' ? 'debit' : null;
}

/** Amount of one transaction of a batch, in the entry's currency; null when the file gives none. */
function txAmount(tx: XmlElement, currency: string): { cents: number | null; raw: string; node: XmlElement } | null {
  for (const node of [child(tx, 'Amt'), child(tx, 'AmtDtls', 'TxAmt', 'Amt')]) {
    if (!node || text(node) === '') continue;
    const ccy = attr(node, 'Ccy').toUpperCase();
    if (ccy !== '' && ccy !== currency) continue;
    return { cents: unsignedCents(text(node)), raw: text(node), node };
  }
  return null;
}

export function parseCamt053(xml: string): ParseResult<ParsedBankEntry> {
  const source = xml.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { items: [], issues: [fileIssue('notXml', 'The file is empty.')] };
  if (HTML_START.test(source)) {
    return { items: [], issues: [fileIssue('html', 'The file is an HTML page, not a CAMT.053 bank statement.')] };
  }
  if (!source.trimStart().startsWith('<')) {
    return { items: [], issues: [fileIssue('notXml', 'The file is not XML, so it cannot be a CAMT.053 statement.')] };
  }
  const doc = parseXml(source);
  if ('issue' in doc) return { items: [], issues: [doc.issue] };

  if (doc.name.toLowerCase() === 'html') {
    return { items: [], issues: [fileIssue('html', 'The file is an HTML page, not a CAMT.053 bank statement.')] };
  }
  const refused = notAStatement(doc);
  if (refused) return { items: [], issues: [refused] };
  const body = child(doc.root, 'BkToCstmrStmt');
  const version = ISO_NAMESPACE.exec(doc.namespace ?? '')?.[2] ?? '';

  const items: ParsedBankEntry[] = [];
  const issues: ImportIssue[] = [];
  if (!KNOWN_VERSIONS.includes(version)) {
    issues.push({
      ...fileIssue('camtVersion', `camt.053.001.${version} is not one of the versions 02 to 08 this app was checked against; its entries are read as in version 08, check them.`, { version }),
      severity: 'warning',
    });
  }

  const problem = (
    severity: ImportIssue['severity'],
    line: number,
    field: string,
    key: string,
    message: string,
    params: ImportIssue['params'] = {},
  ) => {
    issues.push({ severity, line, field, key: `errors.import.${key}`, params: { field, ...params }, message });
  };

  for (const stmt of children(body, 'Stmt')) {
    const stmtLine = lineOf(stmt);
    const ntries = children(stmt, 'Ntry');

    const acctId = child(stmt, 'Acct', 'Id');
    // v08 samples (and some banks) carry the IBAN as a generic identifier under <Othr>.
    const accountIban = compactIban(text(child(acctId, 'IBAN')) || text(child(acctId, 'Othr', 'Id')));
    const statementId = text(child(stmt, 'Id'));
    const accountCurrency = text(child(stmt, 'Acct', 'Ccy')).toUpperCase();
    if (accountIban === '' || statementId === '') {
      const field = accountIban === '' ? 'Stmt/Acct/Id/IBAN' : 'Stmt/Id';
      problem('error', stmtLine, field, 'missing', `${field} is missing; the statement's entries are left out.`);
      continue;
    }

    for (const ntry of ntries) {
      const line = lineOf(ntry);
      const txs = children(ntry, 'NtryDtls').flatMap((d) => children(d, 'TxDtls'));

      // Only booked entries move money; a statement may still list pending or informational ones.
      const status = text(child(ntry, 'Sts')) || text(child(ntry, 'Sts', 'Cd'));
      if (status !== '' && status.toUpperCase() !== 'BOOK') {
        problem('warning', line, 'Ntry/Sts', 'notBooked', `The entry has status ${status}, not BOOK; it is left out.`, {
          value: status,
        });
        continue;
      }

      const issuesBefore = issues.length;
      const fail = (field: string, key: string, message: string, params: ImportIssue['params'] = {}) =>
        problem('error', line, field, key, message, params);

      const amtNode = child(ntry, 'Amt');
      const amtText = text(amtNode);
      const amountCents = amtText === '' ? null : unsignedCents(amtText);
      if (amtText === '') fail('Ntry/Amt', 'missing', 'Ntry/Amt is missing.');
      else if (amountCents === null) {
        fail('Ntry/Amt', 'badAmount', `Ntry/Amt "${amtText}" is not an amount with at most two decimals.`, {
          value: amtText,
        });
      }
      const currency = (attr(amtNode, 'Ccy') || accountCurrency).toUpperCase();
      if (amtText !== '' && !/^[A-Z]{3}$/.test(currency)) {
        fail('Ntry/Amt/@Ccy', 'badCurrency', `The currency "${currency}" of Ntry/Amt is not an ISO 4217 code.`, {
          value: currency,
        });
      }

      const cdi = text(child(ntry, 'CdtDbtInd'));
      const direction = directionOf(cdi);
      if (cdi === '') fail('Ntry/CdtDbtInd', 'missing', 'Ntry/CdtDbtInd is missing.');
      else if (!direction) {
        fail('Ntry/CdtDbtInd', 'badDirection', `Ntry/CdtDbtInd "${cdi}" is neither CRDT nor DBIT.`, { value: cdi });
      }

      const booking = isoDate(child(ntry, 'BookgDt'));
      if (booking.value === '') fail('Ntry/BookgDt', 'missing', 'Ntry/BookgDt is missing.');
      else if (!booking.ok) {
        fail('Ntry/BookgDt', 'badDate', `Ntry/BookgDt "${booking.value}" is not a valid date.`, {
          value: booking.value,
        });
      }
      const value = isoDate(child(ntry, 'ValDt'));
      if (value.value !== '' && !value.ok) {
        const message = `Ntry/ValDt "${value.value}" is not a valid date; it is ignored.`;
        problem('warning', line, 'Ntry/ValDt', 'badDate', message, { value: value.value });
      }

      const broken = issues.slice(issuesBefore).some((i) => i.severity === 'error');
      if (broken || amountCents === null || !direction) continue;

      const reversal = ['true', '1'].includes(text(child(ntry, 'RvslInd')).toLowerCase());
      const base = {
        accountIban,
        statementId,
        bookingDate: datePart(booking.value),
        valueDate: value.ok ? datePart(value.value) : null,
        currency,
        reversal,
      };

      type Part = { tx: XmlElement | undefined; cents: number; direction: ParsedBankEntry['direction'] };
      const parts: Part[] = [];
      if (txs.length <= 1) {
        // The booked amount is authoritative; a lone TxDtls/Amt may be in another currency (v08 sample: 0 SEK).
        parts.push({ tx: txs[0], cents: amountCents, direction });
      } else {
        let sum = 0;
        let complete = true;
        for (const [t, tx] of txs.entries()) {
          const txLine = lineOf(tx);
          const amount = txAmount(tx, currency);
          if (!amount || amount.cents === null) {
            complete = false;
            problem(
              'error',
              txLine,
              'TxDtls/Amt',
              amount ? 'badAmount' : 'missing',
              amount
                ? `TxDtls/Amt "${amount.raw}" is not an amount with at most two decimals; the transaction is left out.`
                : `Transaction ${t + 1} of a batch entry has no amount in ${currency}; it is left out.`,
              amount ? { value: amount.raw } : { currency },
            );
            continue;
          }
          const txDirection = directionOf(text(child(tx, 'CdtDbtInd'))) ?? direction;
          sum += txDirection === direction ? amount.cents : -amount.cents;
          parts.push({ tx, cents: amount.cents, direction: txDirection });
        }
        if (complete && sum !== amountCents) {
          problem(
            'warning',
            line,
            'NtryDtls/TxDtls',
            'batchSumMismatch',
            `The ${txs.length} transactions of this entry add up to ${sum} cents, the entry says ${amountCents}.`,
            { sum, amount: amountCents },
          );
        }
      }

      for (const part of parts) {
        const incoming = (part.direction === 'credit') !== reversal;
        const tx = readTx(part.tx, incoming, accountIban);
        const iban = tx.counterparty.iban;
        const counterpartyIbanValid = iban === '' || isValidIBAN(iban);
        const detailLine = (node: XmlElement | undefined) => lineOf(node) ?? lineOf(part.tx) ?? line;
        if (!counterpartyIbanValid) {
          problem(
            'warning',
            detailLine(tx.counterparty.ibanNode),
            'RltdPties/Acct/Id/IBAN',
            'invalidIban',
            `The counterparty IBAN ${iban} fails the ISO 13616 check; the entry is kept.`,
            { value: iban },
          );
        }
        const ref = tx.structuredReference;
        if (ref && !isValidReference(ref.scheme, ref.value)) {
          problem(
            'warning',
            detailLine(tx.referenceNode),
            'RmtInf/Strd/CdtrRefInf/Ref',
            'invalidReference',
            `The structured reference ${ref.value} (${ref.scheme}) fails its check digits, so it cannot match an invoice by reference.`,
            { value: ref.value, scheme: ref.scheme },
          );
        }
        items.push({
          line,
          entryKey: '',
          ...base,
          amountCents: part.cents,
          direction: part.direction,
          counterpartyName: tx.counterparty.name,
          counterpartyIban: iban,
          counterpartyBic: tx.counterparty.bic,
          counterpartyIbanValid,
          structuredReference: ref,
          remittance: tx.remittance,
          endToEndId: tx.endToEndId,
        });
      }
    }
  }
  return { items: keyTransactions(items), issues };
}
