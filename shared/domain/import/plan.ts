/**
 * From parsed files and what the ledger already holds to what an import writes (the plan) and what the user sees
 * before confirming (the preview). Pure: main parses the files, the store host answers the questions in
 * `ImportQuestions` next to the data, this decides, and the store commits the plan in one transaction after
 * checking that its answers still hold.
 */
import type { EntryTwin } from '../bank/duplicates';
import type { EntryMatch } from '../bank/matching';
import { type CustomerFields, customerInputSchema, type Language } from '../customer/customer';
import { normalizeVat, vatCountry } from '../customer/vat';
import { addDays } from '../dates';
import { parseStructuredReference } from '../payment/reference';
import type { ImportCounts, ImportKind } from './import-record';
import { PREVIEW_ROWS, type PreviewEntry, type PreviewFile, type PreviewInvoice, type PreviewIssue } from './preview';
import type { ImportIssue, ParsedBankEntry, ParsedInvoice, Party } from './types';

type FileBase = { name: string; sha256: string; issues: ImportIssue[] };
export type ParsedFile =
  | (FileBase & { kind: 'ubl' | 'csv'; invoices: (ParsedInvoice & { openAmountCents?: number | null })[]; prefix: string })
  | (FileBase & { kind: 'camt053' | 'mt940'; entries: ParsedBankEntry[] })
  | (FileBase & { kind: 'unknown' });

export type StatementQuestion = { name: string; sha256: string; entries: ParsedBankEntry[] };

/** Where the store's answer about one entry of a statement file is kept: the file's content hash and the position. */
export const twinKey = (sha256: string, index: number): string => `${sha256}:${index}`;

/**
 * The statement files whose entries count: not a file imported before (by its hash), and not a second copy of a
 * file in this import. The store and the plan both go by this, so they see the same entries.
 */
export function statementsToRead<T extends { sha256: string }>(statements: T[], imported: Record<string, string>): T[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const read = !(s.sha256 in imported) && !seen.has(s.sha256);
    seen.add(s.sha256);
    return read;
  });
}

/** What main asks the store before planning. */
export type ImportQuestions = {
  sha256s: string[];
  invoiceNumbers: string[];
  customerNumbers: string[];
  /** Normalised as customers store them (normalizeVat). */
  vatNumbers: string[];
  creditKeys: string[];
  /**
   * The statement files, each whole: the store finds the entries it already holds (by what the transaction is, in
   * whatever format it came) and matches the others.
   */
  statements: StatementQuestion[];
  /** Invoices named by credit notes, to allocate them when open. */
  creditedNumbers: string[];
};

export type KnownCustomerRef = { id: string; number: string; name: string; paymentTermsDays: number };

/** The store's answers, as of one moment. */
export type ImportAnswers = {
  imported: Record<string, string>;
  takenNumbers: string[];
  customersByNumber: Record<string, KnownCustomerRef>;
  customersByVat: Record<string, KnownCustomerRef>;
  knownCreditKeys: string[];
  /** By twinKey: the entries already imported, or earlier in this import, certainly or possibly. */
  twins: Record<string, EntryTwin>;
  /**
   * The keys of the stored entries on the import's accounts and days, as the twins were found among them; the
   * commit refuses when more have come meanwhile.
   */
  nearbyEntryKeys: string[];
  /** For the entries without a twin and the possible duplicates (matched after them, so they never take from them). */
  matches: EntryMatch[];
  /** Every invoice a match or a credited number names, and its customer. */
  invoices: Record<string, { number: string; customerId: string; customerName: string; currency: string; openCents: number; status: string }>;
  customers: Record<string, { number: string; name: string }>;
  /** Reversal entries (by entry key) that clearly undo one earlier booked payment: same amount, payer and reference. */
  reversals: Record<string, ReversalTarget>;
};

export type ReversalTarget = { bankEntryId: string; creditId: string; bookingDate: string; customerName: string };

/** A customer in a plan: one that exists, or the n-th new one of the plan. */
export type CustomerRef = { id: string } | { newIndex: number };

export type PlannedCustomer = {
  /** null: the store gives the next free number when it writes. */
  number: string | null;
  fields: Omit<CustomerFields, 'number'>;
  vatNumber: string;
};

export type PlannedInvoice = {
  number: string;
  customer: CustomerRef;
  issueDate: string;
  dueDate: string;
  currency: string;
  amountCents: number;
  openCents: number;
  /** The invoice's own valid structured reference, or '' for one from the office's sequence. */
  paymentReference: string;
};

export type PlannedCredit = {
  kind: 'payment' | 'credit_note';
  customer: CustomerRef;
  date: string;
  currency: string;
  amountCents: number;
  reference: string;
  dedupeKey: string;
  /** Payments: exactly these, or the commit refuses. */
  allocations: { invoiceId: string; amountCents: number }[];
  /** Credit notes: the invoice they correct, allocated as far as it is open when the plan is written. */
  creditedNumber: string | null;
  /** The counterparty's account, learnt onto the customer. */
  iban: string;
};

export type PlannedEntry = {
  file: number;
  entry: ParsedBankEntry;
  state: 'matched' | 'unmatched' | 'ignored';
  ignoredReason: 'debit' | 'reversal' | 'currency' | null;
  /** Index into the plan's credits for a matched entry. */
  credit: number | null;
  /** A reversal's earlier payment, undone with it: its allocations reopen the invoices, the payment goes. */
  reverses: { bankEntryId: string; creditId: string } | null;
};

/** Everything one import writes, in one transaction. */
export type ImportPlan = {
  files: { kind: ImportKind; fileName: string; sha256: string; counts: ImportCounts }[];
  customers: PlannedCustomer[];
  invoices: PlannedInvoice[];
  credits: PlannedCredit[];
  entries: PlannedEntry[];
  /** The stored entries the duplicates were judged against (ImportAnswers.nearbyEntryKeys). */
  nearbyEntryKeys: string[];
};

export type PlannedImport = {
  plan: ImportPlan;
  files: PreviewFile[];
  counts: ImportCounts;
  issues: PreviewIssue[];
  invoices: PreviewInvoice[];
  entries: PreviewEntry[];
};

export const emptyCounts = (): ImportCounts => ({
  invoices: 0,
  creditNotes: 0,
  customers: 0,
  payments: 0,
  unmatched: 0,
  ignored: 0,
  duplicates: 0,
  rejected: 0,
});

const DEFAULT_PAYMENT_TERMS = 30;
const NUMBER_MAX = 40;

const LANGUAGE_BY_COUNTRY: Record<string, Language> = { NL: 'nl', BE: 'nl', DE: 'de', AT: 'de', CH: 'de', FR: 'fr', LU: 'fr' };

export const creditNoteKey = (number: string) => `credit_note:${number}`;

const sameCustomer = (a: CustomerRef, b: CustomerRef): boolean =>
  'id' in a ? 'id' in b && a.id === b.id : 'newIndex' in b && a.newIndex === b.newIndex;

/** What a file asks the store, so main can ask for all files at once. */
export function questionsOf(files: ParsedFile[]): ImportQuestions {
  const q: ImportQuestions = { sha256s: [], invoiceNumbers: [], customerNumbers: [], vatNumbers: [], creditKeys: [], statements: [], creditedNumbers: [] };
  for (const f of files) {
    q.sha256s.push(f.sha256);
    if (f.kind === 'ubl' || f.kind === 'csv') {
      for (const inv of f.invoices) {
        const number = f.prefix + inv.number;
        if (inv.kind === 'invoice') q.invoiceNumbers.push(number);
        else q.creditKeys.push(creditNoteKey(number));
        if (inv.creditedInvoiceNumber) q.creditedNumbers.push(f.prefix + inv.creditedInvoiceNumber);
        if (inv.buyer.customerNumber) q.customerNumbers.push(inv.buyer.customerNumber);
        if (inv.buyer.vatNumber) q.vatNumbers.push(normalizeVat(inv.buyer.vatNumber));
      }
    } else if (f.kind === 'camt053' || f.kind === 'mt940') {
      q.statements.push({ name: f.name, sha256: f.sha256, entries: f.entries });
    }
  }
  const unique = (list: string[]) => [...new Set(list)];
  return {
    ...q,
    invoiceNumbers: unique(q.invoiceNumbers),
    customerNumbers: unique(q.customerNumbers),
    vatNumbers: unique(q.vatNumbers),
    creditKeys: unique(q.creditKeys),
    creditedNumbers: unique(q.creditedNumbers),
  };
}

type Buyer = { ref: CustomerRef; number: string; name: string; isNew: boolean; paymentTermsDays: number };

/** A new customer from a file's buyer; fields that fail our checks are left out with a warning, never guessed. */
function customerFromParty(party: Party, warn: (field: string, key: string, message: string, params: Record<string, string>) => void): PlannedCustomer | string {
  const vat = party.vatNumber ? normalizeVat(party.vatNumber) : '';
  const country = party.country || (vat ? vatCountry(vat) : null) || 'NL';
  const draft: Record<string, unknown> = {
    number: party.customerNumber || 'NEW',
    name: party.name.slice(0, 200),
    language: LANGUAGE_BY_COUNTRY[country] ?? 'en',
    country,
    kind: 'business',
    vatNumber: vat,
    street: party.street.slice(0, 200),
    postcode: party.postcode,
    city: party.city.slice(0, 100),
    email: party.email,
    paymentTermsDays: DEFAULT_PAYMENT_TERMS,
    creditLimitCents: null,
  };
  if (!party.name.trim()) return 'name';
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = customerInputSchema.safeParse(draft);
    if (parsed.success) {
      const { number, ...fields } = parsed.data;
      return { number: party.customerNumber && number === party.customerNumber ? number : null, fields, vatNumber: fields.vatNumber };
    }
    const path = String(parsed.error.issues[0]?.path[0] ?? '');
    if (path === 'number' && draft.number !== 'NEW') {
      warn('customerNumber', 'errors.import.customerFieldDropped', `customer number ${String(draft.number)} cannot be used; a new one is given`, { value: String(draft.number) });
      draft.number = 'NEW';
    } else if (['vatNumber', 'postcode', 'email', 'street', 'city'].includes(path) && draft[path]) {
      warn(path, 'errors.import.customerFieldDropped', `${path} "${String(draft[path])}" is left out of the new customer`, { value: String(draft[path]) });
      draft[path] = '';
    } else if (path === 'country') {
      draft.country = 'NL';
    } else return path || 'name';
  }
  return 'name';
}

/**
 * Decides, for every file, what is new, what is a duplicate, and what is rejected. Files whose content was
 * imported before add nothing; invoice numbers in the ledger (or earlier in this import) are duplicates; rows
 * with errors were already left out by the parsers and count as rejected.
 */
export function planImport(files: ParsedFile[], answers: ImportAnswers, include: ReadonlySet<string> = new Set()): PlannedImport {
  const plan: ImportPlan = { files: [], customers: [], invoices: [], credits: [], entries: [], nearbyEntryKeys: answers.nearbyEntryKeys };
  const issues: PreviewIssue[] = [];
  const previewInvoices: PreviewInvoice[] = [];
  const previewEntries: PreviewEntry[] = [];
  const previewFiles: PreviewFile[] = [];
  const total = emptyCounts();
  const taken = new Set(answers.takenNumbers);
  const creditKeys = new Set(answers.knownCreditKeys);
  const matches = new Map(answers.matches.map((m) => [m.entryKey, m]));
  const newByKey = new Map<string, Buyer>();
  const seenFiles = new Set<string>();
  const reversed = new Set<string>();
  const plannedInvoices = new Map<string, { customer: CustomerRef; currency: string; openCents: number }>();

  const buyerOf = (party: Party, warn: Parameters<typeof customerFromParty>[1]): Buyer | string => {
    const byNumber = party.customerNumber ? answers.customersByNumber[party.customerNumber] : undefined;
    const vat = party.vatNumber ? normalizeVat(party.vatNumber) : '';
    const known = byNumber ?? (vat ? answers.customersByVat[vat] : undefined);
    if (known) return { ref: { id: known.id }, number: known.number, name: known.name, isNew: false, paymentTermsDays: known.paymentTermsDays };
    const key = party.customerNumber ? `n:${party.customerNumber}` : vat ? `v:${vat}` : `name:${party.name.trim().toLowerCase()}`;
    const existing = newByKey.get(key);
    if (existing) return existing;
    const planned = customerFromParty(party, warn);
    if (typeof planned === 'string') return planned;
    const buyer: Buyer = {
      ref: { newIndex: plan.customers.length },
      number: planned.number ?? '',
      name: planned.fields.name,
      isNew: true,
      paymentTermsDays: planned.fields.paymentTermsDays,
    };
    plan.customers.push(planned);
    newByKey.set(key, buyer);
    return buyer;
  };

  for (const file of files) {
    const counts = emptyCounts();
    const fileIssue = (i: ImportIssue) => issues.push({ ...i, file: file.name });
    const importedAt = answers.imported[file.sha256] ?? (seenFiles.has(file.sha256) ? 'now' : null);
    const kind = file.kind;
    previewFiles.push({ name: file.name, kind, sha256: file.sha256, importedAt: importedAt === 'now' ? null : importedAt, counts });
    if (importedAt) {
      const items = 'invoices' in file ? file.invoices.length : 'entries' in file ? file.entries.length : 0;
      counts.duplicates += items;
      fileIssue({
        severity: 'warning',
        line: null,
        field: '',
        key: importedAt === 'now' ? 'errors.import.sameFileTwice' : 'errors.import.alreadyImported',
        params: { date: importedAt === 'now' ? '' : importedAt.slice(0, 10) },
        message: importedAt === 'now' ? 'This file is in this import twice; it is read once.' : `This file was imported on ${importedAt.slice(0, 10)}; it adds nothing.`,
      });
      addCounts(total, counts);
      continue;
    }
    seenFiles.add(file.sha256);
    for (const i of file.issues) fileIssue(i);
    counts.rejected += new Set(file.issues.filter((i) => i.severity === 'error').map((i) => i.line ?? -1)).size;

    if (kind === 'ubl' || kind === 'csv') {
      for (const inv of file.invoices) {
        const rowIssue = (severity: 'error' | 'warning', field: string, key: string, message: string, params: Record<string, string | number> = {}) =>
          fileIssue({ severity, line: inv.line, field, key, params: { field, ...params }, message });
        const number = file.prefix + inv.number;
        if (number.length > NUMBER_MAX) {
          rowIssue('error', 'number', 'errors.import.numberTooLong', `The invoice number ${number} is longer than ${NUMBER_MAX} characters.`, { value: number, max: NUMBER_MAX });
          counts.rejected += 1;
          continue;
        }
        const duplicate = inv.kind === 'invoice' ? taken.has(number) : creditKeys.has(creditNoteKey(number));
        const buyer = buyerOf(inv.buyer, (field, key, message, params) => rowIssue('warning', field, key, message, params));
        if (typeof buyer === 'string') {
          rowIssue('error', buyer === 'name' ? 'customerName' : buyer, 'errors.import.missing', `The buyer's ${buyer} is missing or invalid.`);
          counts.rejected += 1;
          continue;
        }
        const dueDate = inv.dueDate ?? addDays(inv.issueDate, buyer.paymentTermsDays);
        if (dueDate < inv.issueDate) {
          rowIssue('error', 'dueDate', 'errors.import.dueBeforeIssue', `The due date ${dueDate} is before the invoice date ${inv.issueDate}.`, { value: dueDate });
          counts.rejected += 1;
          continue;
        }
        const open = inv.kind === 'invoice' ? (inv.openAmountCents ?? inv.amountCents) : 0;
        if (open > inv.amountCents) {
          rowIssue('error', 'openAmount', 'errors.import.openAboveAmount', 'The open amount is more than the invoice amount.');
          counts.rejected += 1;
          continue;
        }
        let allocatedTo: string | null = null;
        if (duplicate) {
          counts.duplicates += 1;
          rowIssue('warning', 'number', inv.kind === 'invoice' ? 'errors.import.duplicateInvoice' : 'errors.import.duplicateCreditNote', `${number} is already in the ledger; it is skipped.`, { number });
        } else if (inv.kind === 'invoice') {
          taken.add(number);
          const ref = inv.paymentReference ? parseStructuredReference(inv.paymentReference) : null;
          if (inv.paymentReference && !ref) {
            rowIssue('warning', 'paymentReference', 'errors.import.referenceReplaced', `The payment reference ${inv.paymentReference} fails its check; a new one is given.`, { value: inv.paymentReference });
          }
          plannedInvoices.set(number, { customer: buyer.ref, currency: inv.currency, openCents: open });
          plan.invoices.push({
            number,
            customer: buyer.ref,
            issueDate: inv.issueDate,
            dueDate,
            currency: inv.currency,
            amountCents: inv.amountCents,
            openCents: open,
            paymentReference: ref ? inv.paymentReference ?? '' : '',
          });
          counts.invoices += 1;
        } else {
          creditKeys.add(creditNoteKey(number));
          const credited = inv.creditedInvoiceNumber ? file.prefix + inv.creditedInvoiceNumber : null;
          const target = credited ? Object.values(answers.invoices).find((i) => i.number === credited) : undefined;
          const planned = credited ? plannedInvoices.get(credited) : undefined;
          const sameBuyer = (ref: CustomerRef) => sameCustomer(ref, buyer.ref);
          if (target && target.status === 'open' && target.currency === inv.currency && sameBuyer({ id: target.customerId })) allocatedTo = credited;
          else if (planned && planned.currency === inv.currency && planned.openCents > 0 && sameBuyer(planned.customer)) allocatedTo = credited;
          plan.credits.push({
            kind: 'credit_note',
            customer: buyer.ref,
            date: inv.issueDate,
            currency: inv.currency,
            amountCents: inv.amountCents,
            reference: number.slice(0, 140),
            dedupeKey: creditNoteKey(number),
            allocations: [],
            creditedNumber: credited,
            iban: '',
          });
          counts.creditNotes += 1;
        }
        if (previewInvoices.length < PREVIEW_ROWS) {
          previewInvoices.push({
            file: file.name,
            line: inv.line,
            kind: inv.kind,
            number,
            customerNumber: buyer.number,
            customerName: buyer.name,
            newCustomer: buyer.isNew,
            issueDate: inv.issueDate,
            dueDate,
            currency: inv.currency,
            amountCents: inv.amountCents,
            openCents: open,
            outcome: duplicate ? 'duplicate' : 'new',
            allocatedTo,
          });
        }
      }
    } else if (kind === 'camt053' || kind === 'mt940') {
      planStatement(file, file.entries, { plan, answers, matches, reversed, include, counts, fileIssue, previewEntries });
    }
    // A file that brings nothing new is not recorded, so a corrected version of a rejected file can still come in.
    const brings = counts.invoices + counts.creditNotes + counts.payments + counts.unmatched + counts.ignored;
    if (kind !== 'unknown' && brings > 0) plan.files.push({ kind, fileName: file.name, sha256: file.sha256, counts });
    addCounts(total, counts);
  }
  total.customers = plan.customers.length;
  return { plan, files: previewFiles, counts: total, issues, invoices: previewInvoices, entries: previewEntries };
}

type StatementPlanning = {
  plan: ImportPlan;
  answers: ImportAnswers;
  matches: Map<string, EntryMatch>;
  /** Payments a reversal of this import takes back already. */
  reversed: Set<string>;
  /** Possible duplicates the user chose to import. */
  include: ReadonlySet<string>;
  counts: ImportCounts;
  fileIssue: (i: ImportIssue) => void;
  previewEntries: PreviewEntry[];
};

type EntryRow = Pick<PreviewEntry, 'outcome' | 'rule' | 'ignoredReason' | 'customerName' | 'invoiceNumbers' | 'unallocatedCents' | 'reverses'>;

const quietRow = (outcome: PreviewEntry['outcome']): EntryRow => ({
  outcome,
  rule: null,
  ignoredReason: null,
  customerName: '',
  invoiceNumbers: [],
  unallocatedCents: 0,
  reverses: null,
});

/** What a match proposes, in the preview's terms; also shown for a possible duplicate, as what importing it does. */
function matchedRow(match: Extract<EntryMatch, { status: 'matched' }>, answers: ImportAnswers): EntryRow {
  return {
    outcome: 'matched',
    rule: match.rule,
    ignoredReason: null,
    customerName: answers.customers[match.customerId]?.name ?? '',
    invoiceNumbers: match.allocations.map((a) => answers.invoices[a.invoiceId]?.number ?? ''),
    unallocatedCents: match.unallocatedCents,
    reverses: null,
  };
}

/** The preview's words for an entry that is, or may be, one imported before. */
function twinIssue(entry: ParsedBankEntry, twin: EntryTwin): ImportIssue {
  const date = twin.importedAt?.slice(0, 10) ?? '';
  const where = twin.importedAt ? `imported from ${twin.file} on ${date}` : `also in ${twin.file} of this import`;
  const [key, message] = twin.certain
    ? [twin.importedAt ? 'duplicateEntry' : 'duplicateEntryInImport', `This bank entry was ${where}; it is skipped.`]
    : [
        twin.importedAt ? 'possibleDuplicate' : 'possibleDuplicateInImport',
        `This bank entry may be one ${where}: same account, day, amount and direction, but not every detail is on both; it is skipped unless you import it.`,
      ];
  return { severity: 'warning', line: entry.line, field: '', key: `errors.import.${key}`, params: { file: twin.file, date }, message };
}

/** A new entry (or a possible duplicate the user imports): booked as matched, left for matching by hand, or ignored. */
function planEntry(entry: ParsedBankEntry, match: EntryMatch, fileIndex: number, s: StatementPlanning): EntryRow {
  const { plan, counts } = s;
  if (match.status === 'matched') {
    plan.entries.push({ file: fileIndex, entry, state: 'matched', ignoredReason: null, credit: plan.credits.length, reverses: null });
    plan.credits.push({
      kind: 'payment',
      customer: { id: match.customerId },
      date: entry.bookingDate,
      currency: entry.currency,
      amountCents: entry.amountCents,
      reference: paymentReferenceText(entry),
      dedupeKey: entry.entryKey,
      allocations: match.allocations,
      creditedNumber: null,
      iban: entry.counterpartyIbanValid ? entry.counterpartyIban : '',
    });
    counts.payments += 1;
    return matchedRow(match, s.answers);
  }
  if (match.status === 'unmatched') {
    plan.entries.push({ file: fileIndex, entry, state: 'unmatched', ignoredReason: null, credit: null, reverses: null });
    counts.unmatched += 1;
    return quietRow('unmatched');
  }
  const target = match.reason === 'reversal' ? s.answers.reversals[entry.entryKey] : undefined;
  const reverses = target && !s.reversed.has(target.creditId) ? target : null;
  if (reverses) s.reversed.add(reverses.creditId);
  plan.entries.push({
    file: fileIndex,
    entry,
    state: 'ignored',
    ignoredReason: match.reason,
    credit: null,
    reverses: reverses && { bankEntryId: reverses.bankEntryId, creditId: reverses.creditId },
  });
  counts.ignored += 1;
  return { ...quietRow('ignored'), ignoredReason: match.reason, customerName: reverses?.customerName ?? '', reverses: reverses && reverses.bookingDate };
}

/**
 * The entries of one statement file. One imported before (by what the transaction is) is skipped and says from
 * which file and when; a possible duplicate is skipped unless the user includes it, and is always in the preview
 * (past PREVIEW_ROWS too), as the user must see it to decide.
 */
function planStatement(file: FileBase, entries: ParsedBankEntry[], s: StatementPlanning): void {
  const fileIndex = s.plan.files.length;
  entries.forEach((entry, index) => {
    const twin = s.answers.twins[twinKey(file.sha256, index)] ?? null;
    const match = twin?.certain ? undefined : s.matches.get(entry.entryKey);
    const included = !!twin && !twin.certain && s.include.has(entry.entryKey);
    let row: EntryRow;
    if (!match) {
      s.counts.duplicates += 1;
      s.fileIssue(twin ? twinIssue(entry, twin) : { severity: 'warning', line: entry.line, field: '', key: 'errors.import.entryKnown', message: 'This entry was imported before; it is skipped.' });
      row = quietRow('duplicate');
    } else if (twin && !included) {
      s.counts.duplicates += 1;
      s.fileIssue(twinIssue(entry, twin));
      row = { ...(match.status === 'matched' ? matchedRow(match, s.answers) : quietRow('unmatched')), outcome: 'possible_duplicate' };
    } else row = planEntry(entry, match, fileIndex, s);
    const mustShow = !!twin && !twin.certain;
    if (!mustShow && s.previewEntries.length >= PREVIEW_ROWS) return;
    s.previewEntries.push({
      file: file.name,
      line: entry.line,
      entryKey: entry.entryKey,
      bookingDate: entry.bookingDate,
      direction: entry.direction,
      reversal: entry.reversal,
      currency: entry.currency,
      amountCents: entry.amountCents,
      counterpartyName: entry.counterpartyName,
      counterpartyIban: entry.counterpartyIban,
      reference: entry.structuredReference?.value ?? '',
      remittance: entry.remittance,
      ...row,
      twin: twin && { certain: twin.certain, file: twin.file, importedAt: twin.importedAt },
      included,
    });
  });
}

function paymentReferenceText(e: ParsedBankEntry): string {
  return (e.structuredReference?.value || e.endToEndId || e.remittance).slice(0, 140);
}

function addCounts(into: ImportCounts, from: ImportCounts): void {
  for (const k of Object.keys(into) as (keyof ImportCounts)[]) into[k] += from[k];
}

/** True when committing the plan writes anything: a new record, or at least the import record of a new file. */
export const planWrites = (plan: ImportPlan): boolean => plan.files.length > 0;
