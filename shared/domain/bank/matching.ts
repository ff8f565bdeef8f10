/**
 * Proposes how the credit entries of a bank statement pay open invoices (DOMAIN.md §2): structured reference
 * first, then invoice numbers in the remittance text, then amount + counterparty; whatever stays unmatched gets
 * ranked candidates for manual matching. Pure: the caller shows the proposal in the import preview and books it
 * only once the user confirms.
 *
 * Every invoice's open amount is a running remainder for the whole run, so two entries never pay the same cent.
 * The rules run as passes over all entries (all references, then all invoice numbers, then amount +
 * counterparty), each pass in statement order: an entry that names its invoice explicitly is served before a
 * later entry that would only take it by amount. Which rule applies to an entry never depends on that order.
 */

import { isValidIBAN } from 'ibantools';
import type { ParsedBankEntry } from '../import/types';
import {
  isValidBeReference,
  isValidNlReference,
  isValidRfReference,
  parseStructuredReference,
} from '../payment/reference';
import { foldLetters } from '../customer/search';

export type OpenInvoice = {
  id: string;
  number: string;
  customerId: string;
  currency: string;
  openCents: number;
  /** Normalised: digits for nl/be, uppercase for rf. */
  paymentReference: string | null;
  dueDate: string;
};

export type KnownCustomer = { id: string; name: string; ibans: string[] };

export type MatchRule = 'reference' | 'invoice_number' | 'amount_counterparty';

export type Allocation = { invoiceId: string; amountCents: number };

export type MatchCandidate = { invoiceId: string; score: number; reason: MatchRule };

export type EntryMatch =
  | {
      entryKey: string;
      status: 'matched';
      rule: MatchRule;
      customerId: string;
      allocations: Allocation[];
      /** Over-payment, kept as customer credit. */
      unallocatedCents: number;
    }
  | {
      entryKey: string;
      status: 'unmatched';
      /** Best first, at most MAX_CANDIDATES; score 0–100. */
      candidates: MatchCandidate[];
    }
  | { entryKey: string; status: 'ignored'; reason: 'debit' | 'reversal' | 'currency' };

export const MAX_CANDIDATES = 5;

/** Invoice numbers shorter than this never match by text: "12" or "123" occur in every remittance. */
const MIN_NUMBER_LENGTH = 4;

/** Exact-amount candidates taken from payers we do not know, before scoring; the rest is noise anyway. */
const AMOUNT_ONLY_POOL = 50;

// ---------------------------------------------------------------------------------------------------------------
// Names


/** Letters of an abbreviation, each optionally followed by a dot: "bv", "b.v", "B. V". */
const dotted = (letters: string) => [...letters].join(String.raw`(?:\.\s*)?`);

/**
 * Legal forms as whole words, dotted or not ("bv", "b.v.", "B. V."). Loose letters ("b v") are not one: they are
 * more likely initials. "e.k." only with its dot, as a bare "ek" is too common a word.
 */
const LEGAL_FORMS = [
  dotted('bvba'),
  dotted('bv'),
  dotted('nv'),
  'gmbh',
  dotted('sprl'),
  dotted('srl'),
  dotted('vof'),
  dotted('ag'),
  dotted('kg'),
  String.raw`e\.\s*k`,
  dotted('sa'),
  'ltd',
];
const LEGAL_FORM = new RegExp(
  String.raw`(^|[^\p{L}\p{N}])(?:${LEGAL_FORMS.join('|')})\.?(?=$|[^\p{L}\p{N}])`,
  'gu',
);

/**
 * A counterparty or customer name reduced for comparison: lowercase, accents and legal forms stripped, every run
 * of punctuation and spaces one space. "Müller GmbH" and "MULLER" both give "muller".
 */
export function normaliseName(name: string): string {
  // Letters fold as in customer search; punctuation stays until the dotted legal forms are gone.
  const plain = foldLetters(name.normalize('NFKC'));
  return plain
    .replace(LEGAL_FORM, '$1 ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Names compare without their spaces too, so "O'Brien" meets "OBRIEN". '' never matches anything. */
function nameKey(name: string): string {
  return normaliseName(name).replace(/ /g, '');
}

function ibanKey(iban: string): string {
  return iban.replace(/\s/g, '').toUpperCase();
}

function currencyKey(currency: string): string {
  return currency.trim().toUpperCase();
}

/**
 * Digits only for nl/be (their separators and +++ go), uppercase letters and digits for rf: one function serves
 * both, because an nl/be reference has no letters to keep and an rf one no separators worth keeping.
 */
function referenceKey(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Invoice numbers

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The key an invoice number is found under: lowercase, and for a purely numeric number without leading zeros.
 * null when shorter than MIN_NUMBER_LENGTH (the length as written, zeros included).
 */
function numberKey(text: string): string | null {
  const s = text.replace(EDGE_PUNCTUATION, '').toLowerCase();
  if (s.length < MIN_NUMBER_LENGTH) return null;
  return /^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, '') : s;
}

/** For "number similarity": the digits alone, zeros in front dropped, so "2026/0042" ~ "2026-0042" ~ "20260042". */
function digitsKey(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  if (digits.length < MIN_NUMBER_LENGTH) return null;
  return digits.replace(/^0+(?=\d)/, '');
}

/** The last run of digits, zeros in front dropped: "2026-0042" → "42". How people shorten a number. */
function lastDigits(text: string): string | null {
  const m = /(\d+)\D*$/.exec(text);
  return m?.[1] ? m[1].replace(/^0+(?=\d)/, '') : null;
}

/**
 * A word of the remittance text: letters and digits, possibly joined by single - / . _ ("2026-0042",
 * "F/2026/17"). Spaces, commas, colons and the like end it, as does a joiner with nothing after it ("Fact.").
 */
const COMPOUND = /[\p{L}\p{N}]+(?:[-/._][\p{L}\p{N}]+)*/gu;
/** A compound followed by ",dd" is the integer part of an amount ("1.234,50"), not a number. */
const DECIMAL_TAIL = /^,\d{2}(?![\p{L}\p{N}])/u;

type Compound = { raw: string; lower: string; start: number; end: number; masked: boolean };

/**
 * Splits the remittance into compounds and masks the ones that belong to an IBAN, an RF reference or a bare
 * nl/be reference written in groups ("NL91 ABNA 0417 1643 00", "1234 5678 9012 3456"), whose groups of four
 * digits would otherwise be read as invoice numbers. A run of digit groups that are all known invoice numbers is
 * left alone even if it happens to form a valid reference: "1042 1043 1044 1045" passes the nl check one time
 * in eleven.
 */
function compounds(text: string, isKnownNumber: (key: string) => boolean): Compound[] {
  const out: Compound[] = [];
  for (const m of text.matchAll(COMPOUND)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    out.push({ raw, lower: raw.toLowerCase(), start, end, masked: DECIMAL_TAIL.test(text.slice(end, end + 4)) });
  }
  for (let i = 0; i < out.length; i++) {
    const first = out[i];
    if (!first) continue;
    const lettered = /^[A-Za-z]{2}\d{2}/.test(first.raw);
    const numeric = /^\d+$/.test(first.raw);
    if (!lettered && !numeric) continue;
    let acc = '';
    let best = -1;
    let bestIsDigits = false;
    for (let j = i; j < out.length && acc.length <= 34; j++) {
      const part = out[j];
      const prev = out[j - 1];
      if (!part || !/^[A-Za-z0-9]+$/.test(part.raw)) break;
      if (j > i && (!prev || !/^\s$/.test(text.slice(prev.end, part.start)))) break;
      if (numeric && !/^\d+$/.test(part.raw)) break;
      acc += part.raw.toUpperCase();
      if (lettered) {
        if ((acc.length >= 15 && isValidIBAN(acc)) || (acc.startsWith('RF') && isValidRfReference(acc))) best = j;
      } else if (j > i && (acc.length === 16 ? isValidNlReference(acc) : acc.length === 12 && isValidBeReference(acc))) {
        best = j;
        bestIsDigits = true;
      }
    }
    if (best < 0) continue;
    const span = out.slice(i, best + 1);
    if (bestIsDigits && span.every((c) => isKnownNumber(numberKey(c.lower) ?? ''))) continue;
    for (const c of span) c.masked = true;
    i = best;
  }
  return out;
}

/** The keys a compound may be an invoice number under, longest first: "fact.2026-0042" also as "2026-0042". */
function compoundKeys(lower: string): string[] {
  const keys: string[] = [];
  let s = lower;
  for (;;) {
    const key = numberKey(s);
    if (key) keys.push(key);
    const prefix = /^\p{L}+[-/._]/u.exec(s);
    if (!prefix) break;
    s = s.slice(prefix[0].length);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------------------------
// The open book: every open invoice with its running remainder, and the indexes the rules look things up in

type Slot = {
  invoice: OpenInvoice;
  currency: string;
  /** What this run has left open. */
  remaining: number;
  /** Position in oldest-due-first order: allocation order and the tie-break between candidates. */
  rank: number;
  book: CustomerBook;
};

/** One customer's open invoices in one currency, oldest due first, with what they still owe in total. */
type CustomerBook = { customerId: string; slots: Slot[]; sum: number; open: number };

type Book = {
  slots: Slot[];
  byReference: Map<string, Slot[]>;
  byNumber: Map<string, Slot[]>;
  /** currency → customer id → book; the currencies are also the ones an entry may be in. */
  byCustomer: Map<string, Map<string, CustomerBook>>;
  customersByIban: Map<string, string[]>;
  customersByName: Map<string, string[]>;
  /** Built on first use, for candidates only (after all allocation, so `remaining` no longer moves). */
  byDigits?: Map<string, Slot[]>;
  byAmount?: Map<string, Map<number, Slot[]>>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function oldestDueFirst(a: OpenInvoice, b: OpenInvoice): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.number !== b.number) return a.number < b.number ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function buildBook(invoices: OpenInvoice[], customers: KnownCustomer[]): Book {
  const book: Book = {
    slots: [],
    byReference: new Map(),
    byNumber: new Map(),
    byCustomer: new Map(),
    customersByIban: new Map(),
    customersByName: new Map(),
  };
  // An invoice with nothing open (or a nonsense amount) cannot take a payment.
  const open = invoices.filter((inv) => Number.isSafeInteger(inv.openCents) && inv.openCents > 0).sort(oldestDueFirst);
  let currency = '';
  let raw: string | undefined;
  let customersInCurrency = new Map<string, CustomerBook>();
  open.forEach((invoice, rank) => {
    if (invoice.currency !== raw) {
      raw = invoice.currency;
      currency = currencyKey(raw);
      const known = book.byCustomer.get(currency);
      if (known) customersInCurrency = known;
      else book.byCustomer.set(currency, (customersInCurrency = new Map()));
    }
    let customerBook = customersInCurrency.get(invoice.customerId);
    if (!customerBook) {
      customerBook = { customerId: invoice.customerId, slots: [], sum: 0, open: 0 };
      customersInCurrency.set(invoice.customerId, customerBook);
    }
    const slot: Slot = { invoice, currency, remaining: invoice.openCents, rank, book: customerBook };
    book.slots.push(slot);
    customerBook.slots.push(slot);
    customerBook.sum += slot.remaining;
    customerBook.open += 1;
    if (invoice.paymentReference) {
      const ref = referenceKey(invoice.paymentReference);
      if (ref) push(book.byReference, ref, slot);
    }
    const number = numberKey(invoice.number);
    if (number) push(book.byNumber, number, slot);
  });
  for (const customer of customers) {
    for (const iban of new Set(customer.ibans.map(ibanKey))) if (iban) push(book.customersByIban, iban, customer.id);
    const name = nameKey(customer.name);
    if (name) push(book.customersByName, name, customer.id);
  }
  return book;
}

function setRemaining(slot: Slot, next: number): void {
  if (next <= 0 && slot.remaining > 0) slot.book.open -= 1;
  slot.book.sum += next - slot.remaining;
  slot.remaining = next;
}

function customerBook(book: Book, currency: string, customerId: string): CustomerBook | undefined {
  return book.byCustomer.get(currency)?.get(customerId);
}

function digitsIndex(book: Book): Map<string, Slot[]> {
  if (!book.byDigits) {
    book.byDigits = new Map();
    for (const slot of book.slots) {
      const digits = digitsKey(slot.invoice.number);
      if (digits) push(book.byDigits, digits, slot);
    }
  }
  return book.byDigits;
}

function amountIndex(book: Book, currency: string): Map<number, Slot[]> {
  book.byAmount ??= new Map();
  let index = book.byAmount.get(currency);
  if (!index) {
    index = new Map();
    for (const slot of book.slots) {
      if (slot.currency === currency && slot.remaining > 0) push(index, slot.remaining, slot);
    }
    book.byAmount.set(currency, index);
  }
  return index;
}

/** Pays the invoices oldest due first, each up to what is still open; what is left over is the entry's credit. */
function allocate(slots: Iterable<Slot>, amountCents: number): { allocations: Allocation[]; left: number } {
  const ordered = [...new Set(slots)].sort((a, b) => a.rank - b.rank);
  const allocations: Allocation[] = [];
  let left = amountCents;
  for (const slot of ordered) {
    if (left <= 0) break;
    const take = Math.min(left, slot.remaining);
    if (take <= 0) continue;
    allocations.push({ invoiceId: slot.invoice.id, amountCents: take });
    setRemaining(slot, slot.remaining - take);
    left -= take;
  }
  return { allocations, left };
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

type Pending = {
  index: number;
  entry: ParsedBankEntry;
  currency: string;
  /** Hits of rules 1 and 2 that pointed at more than one customer: the entry stays for manual matching. */
  referenceHits: Slot[];
  numberHits: Slot[];
  words?: Compound[];
};

function words(book: Book, p: Pending): Compound[] {
  p.words ??= compounds(p.entry.remittance, (key) => book.byNumber.has(key));
  return p.words;
}

function customerIds(hits: Slot[]): Set<string> {
  return new Set(hits.map((s) => s.invoice.customerId));
}

/**
 * Whether parseStructuredReference could find anything: an RF head, a +++/*** marker, or twelve digits joined
 * by single separators. It is thorough and therefore slow, and most remittance texts hold no reference at all.
 */
function mayHoldReference(text: string): boolean {
  return /RF\d\d/i.test(text) || /\+\+\+|\*\*\*/.test(text) || /\d(?:[ \u00a0\u202f/.-]?\d){11}/.test(text);
}

/** Rule 1: the structured reference the bank passed on, failing that one written in the remittance text. */
function referenceHits(book: Book, p: Pending): Slot[] {
  const keys: string[] = [];
  const given = p.entry.structuredReference;
  if (given) keys.push(referenceKey(given.value));
  const lookup = (key: string) =>
    key ? (book.byReference.get(key) ?? []).filter((s) => s.currency === p.currency) : [];
  for (const key of keys) {
    const hits = lookup(key);
    if (hits.length > 0) return hits;
  }
  const inText = mayHoldReference(p.entry.remittance) ? parseStructuredReference(p.entry.remittance) : null;
  return inText ? lookup(referenceKey(inText.value)) : [];
}

/** Rule 2: every open invoice number that stands as a whole word in the remittance text. */
function numberHits(book: Book, p: Pending): Slot[] {
  const hits = new Set<Slot>();
  for (const word of words(book, p)) {
    if (word.masked) continue;
    for (const key of compoundKeys(word.lower)) {
      const found = book.byNumber.get(key);
      if (!found) continue;
      for (const slot of found) if (slot.currency === p.currency) hits.add(slot);
      break;
    }
  }
  return [...hits];
}

function customersByIban(book: Book, entry: ParsedBankEntry): string[] {
  const iban = ibanKey(entry.counterpartyIban);
  return iban ? (book.customersByIban.get(iban) ?? []) : [];
}

function customersByName(book: Book, entry: ParsedBankEntry): string[] {
  const name = nameKey(entry.counterpartyName);
  return name ? (book.customersByName.get(name) ?? []) : [];
}

/**
 * Rule 3: the payer is a known customer (by IBAN, failing that by name) and the amount is exactly what one of
 * their invoices still has open, or exactly all of it. Returns the one way to read it, or null.
 */
function amountMatch(book: Book, p: Pending): { customerId: string; slots: Slot[] } | null {
  const byIban = customersByIban(book, p.entry);
  const ids = byIban.length > 0 ? byIban : customersByName(book, p.entry);
  const amount = p.entry.amountCents;
  const options: { customerId: string; slots: Slot[] }[] = [];
  for (const id of new Set(ids)) {
    const customer = customerBook(book, p.currency, id);
    if (!customer) continue;
    for (const slot of customer.slots) {
      if (slot.remaining !== amount) continue;
      options.push({ customerId: id, slots: [slot] });
      if (options.length > 1) return null;
    }
    if (customer.open >= 2 && customer.sum === amount) {
      options.push({ customerId: id, slots: customer.slots.filter((s) => s.remaining > 0) });
    }
    if (options.length > 1) return null;
  }
  return options.length === 1 ? (options[0] ?? null) : null;
}

type Signals = { reference: boolean; number: 0 | 1 | 2; customer: 0 | 1 | 2 };

const WEIGHT = {
  reference: 35,
  numberExact: 25,
  numberSimilar: 15,
  customerIban: 25,
  customerName: 20,
  amountExact: 15,
  amountNear: 10,
} as const;

/**
 * Scores 0–100 from what points at the invoice: the reference (only when it named several customers' invoices),
 * its number in the text (exactly, or by its digits / its last digits), the payer (by IBAN or name) and how close
 * the amount is to what is still open.
 */
function score(signals: Signals, slot: Slot, amountCents: number): MatchCandidate {
  let points = 0;
  if (signals.reference) points += WEIGHT.reference;
  if (signals.number === 2) points += WEIGHT.numberExact;
  else if (signals.number === 1) points += WEIGHT.numberSimilar;
  if (signals.customer === 2) points += WEIGHT.customerIban;
  else if (signals.customer === 1) points += WEIGHT.customerName;
  if (amountCents === slot.remaining) points += WEIGHT.amountExact;
  else if (amountCents > 0) {
    points += WEIGHT.amountNear * (Math.min(amountCents, slot.remaining) / Math.max(amountCents, slot.remaining));
  }
  const reason: MatchRule = signals.reference
    ? 'reference'
    : signals.number > 0
      ? 'invoice_number'
      : 'amount_counterparty';
  return { invoiceId: slot.invoice.id, score: Math.round(points), reason };
}

function candidates(book: Book, p: Pending): MatchCandidate[] {
  const found = new Map<Slot, Signals>();
  const note = (slot: Slot, change: (s: Signals) => void) => {
    if (slot.remaining <= 0 || slot.currency !== p.currency) return;
    let signals = found.get(slot);
    if (!signals) {
      signals = { reference: false, number: 0, customer: 0 };
      found.set(slot, signals);
    }
    change(signals);
  };

  for (const slot of p.referenceHits) note(slot, (s) => (s.reference = true));
  for (const slot of p.numberHits) note(slot, (s) => (s.number = 2));
  const textWords = words(book, p).filter((w) => !w.masked);
  for (const word of textWords) {
    const key = digitsKey(word.lower);
    const similar = key ? digitsIndex(book).get(key) : undefined;
    for (const slot of similar ?? []) note(slot, (s) => (s.number = Math.max(s.number, 1) as 1 | 2));
  }

  const shortNumbers = new Set(
    textWords.filter((w) => /^\d{2,}$/.test(w.lower)).map((w) => w.lower.replace(/^0+(?=\d)/, '')),
  );
  const payer = (ids: string[], level: 1 | 2) => {
    for (const id of new Set(ids)) {
      for (const slot of customerBook(book, p.currency, id)?.slots ?? []) {
        note(slot, (s) => {
          s.customer = Math.max(s.customer, level) as 1 | 2;
          const last = lastDigits(slot.invoice.number);
          if (s.number === 0 && last && shortNumbers.has(last)) s.number = 1;
        });
      }
    }
  };
  payer(customersByName(book, p.entry), 1);
  payer(customersByIban(book, p.entry), 2);

  let pooled = 0;
  for (const slot of amountIndex(book, p.currency).get(p.entry.amountCents) ?? []) {
    if (pooled++ >= AMOUNT_ONLY_POOL) break;
    note(slot, () => undefined);
  }

  // Top MAX_CANDIDATES by score, oldest due first among equals, without sorting a big customer's whole book.
  const best: Ranked[] = [];
  for (const [slot, signals] of found) {
    const next: Ranked = { candidate: score(signals, slot, p.entry.amountCents), rank: slot.rank };
    if (best.length === MAX_CANDIDATES) {
      const last = best[best.length - 1];
      if (!last || !beats(next, last)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0) {
      const before = best[at - 1];
      if (!before || !beats(next, before)) break;
      at--;
    }
    best.splice(at, 0, next);
  }
  return best.map((b) => b.candidate);
}

type Ranked = { candidate: MatchCandidate; rank: number };

function beats(a: Ranked, b: Ranked): boolean {
  return a.candidate.score > b.candidate.score || (a.candidate.score === b.candidate.score && a.rank < b.rank);
}

/**
 * One proposal per entry, in the order given. Debits and reversals are ignored, as are entries in a currency
 * none of the open invoices is in; invoices in another currency than the entry are never matched to it.
 */
export function matchEntries(
  entries: ParsedBankEntry[],
  invoices: OpenInvoice[],
  customers: KnownCustomer[],
): EntryMatch[] {
  const book = buildBook(invoices, customers);
  const results: (EntryMatch | undefined)[] = new Array<EntryMatch | undefined>(entries.length);
  let pending: Pending[] = [];

  entries.forEach((entry, index) => {
    const currency = currencyKey(entry.currency);
    const ignored = entry.reversal
      ? 'reversal'
      : entry.direction !== 'credit'
        ? 'debit'
        : book.byCustomer.has(currency)
          ? null
          : 'currency';
    if (ignored) results[index] = { entryKey: entry.entryKey, status: 'ignored', reason: ignored };
    else pending.push({ index, entry, currency, referenceHits: [], numberHits: [] });
  });

  const settle = (p: Pending, rule: MatchRule, customerId: string, slots: Slot[]) => {
    const { allocations, left } = allocate(slots, p.entry.amountCents);
    const entryKey = p.entry.entryKey;
    results[p.index] = { entryKey, status: 'matched', rule, customerId, allocations, unallocatedCents: left };
  };
  /** Rules 1 and 2: one customer's invoices are a match; several customers' stop the entry for a human. */
  const explicit = (rule: MatchRule, find: (p: Pending) => Slot[], keep: (p: Pending, hits: Slot[]) => void) => {
    const next: Pending[] = [];
    for (const p of pending) {
      const hits = find(p);
      const owners = customerIds(hits);
      const [owner] = owners;
      if (hits.length > 0 && owners.size === 1 && owner !== undefined) settle(p, rule, owner, hits);
      else {
        keep(p, hits);
        next.push(p);
      }
    }
    pending = next;
  };

  explicit('reference', (p) => referenceHits(book, p), (p, hits) => (p.referenceHits = hits));
  explicit(
    'invoice_number',
    (p) => (p.referenceHits.length > 0 ? [] : numberHits(book, p)),
    (p, hits) => (p.numberHits = hits),
  );

  const unresolved: Pending[] = [];
  for (const p of pending) {
    const match = p.referenceHits.length > 0 || p.numberHits.length > 0 ? null : amountMatch(book, p);
    if (match) settle(p, 'amount_counterparty', match.customerId, match.slots);
    else unresolved.push(p);
  }
  // Candidates last, against what the matches above left open.
  for (const p of unresolved) {
    results[p.index] = { entryKey: p.entry.entryKey, status: 'unmatched', candidates: candidates(book, p) };
  }

  return results.map((r, i) => r ?? { entryKey: entries[i]?.entryKey ?? '', status: 'unmatched', candidates: [] });
}
