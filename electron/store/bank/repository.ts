import { isValidIBAN } from 'ibantools';
import type { BankEntry } from '../../../shared/domain/bank/bank-entry';
import type { InvoiceCandidate, ManualMatch, UnmatchedEntry } from '../../../shared/domain/bank/manual-matching';
import { matchEntries } from '../../../shared/domain/bank/matching';
import { searchKey } from '../../../shared/domain/customer/search';
import type { Invoice } from '../../../shared/domain/invoice/invoice';
import type { ParsedBankEntry } from '../../../shared/domain/import/types';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import { withDerived } from '../customer/repository';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { BankEntryRecord, CreditRecord, DebitumDb } from '../db';
import { toOpenInvoice } from '../import/repository';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import type { PaymentRepository } from '../payment/repository';
import { type ChangeSink, write } from '../write';

const SEARCH_HITS = 20;

const asParsed = (e: BankEntry): ParsedBankEntry => ({
  line: 0,
  entryKey: e.entryKey,
  accountIban: e.accountIban,
  statementId: e.statementId,
  bookingDate: e.bookingDate,
  valueDate: e.valueDate,
  currency: e.currency,
  amountCents: e.amountCents,
  direction: e.direction,
  reversal: e.reversal,
  counterpartyName: e.counterpartyName,
  counterpartyIban: e.counterpartyIban,
  counterpartyBic: e.counterpartyBic,
  counterpartyIbanValid: e.counterpartyIban !== '' && isValidIBAN(e.counterpartyIban),
  structuredReference: e.structuredReference,
  remittance: e.remittance,
  endToEndId: e.endToEndId,
});

/**
 * Bank entries the automatic matching left for a person: candidates for each (matching run again against what is
 * open now, so an invoice imported after the statement is found), booking one by hand, or ignoring it.
 */
export function bankRepository(db: DebitumDb, emit: ChangeSink, index: CustomerSearchIndex, receivables: ReceivablesIndex, payments: PaymentRepository) {
  function candidateOf(i: Invoice, score: number | null, reason: InvoiceCandidate['reason'], proposedCents: number | null): InvoiceCandidate {
    const c = index.peek(i.customerId);
    return {
      invoiceId: i.id,
      number: i.number,
      customerId: i.customerId,
      customerNumber: c?.number ?? '',
      customerName: c?.name ?? '',
      dueDate: i.dueDate,
      currency: i.currency,
      openCents: i.openCents,
      score,
      reason,
      proposedCents,
    };
  }

  async function mustBeUnmatched(id: string): Promise<BankEntryRecord> {
    const entry = await db.bankEntries.get(id);
    if (!entry) throw new AppFailure('not_found', `bank entry ${id} does not exist`);
    if (entry.state !== 'unmatched') {
      throw new AppFailure('conflict', 'this entry is no longer unmatched', [issue('entryId', 'errors.bank.notUnmatched', 'this entry is no longer unmatched')]);
    }
    return entry;
  }

  return {
    async unmatched(): Promise<UnmatchedEntry[]> {
      await index.loaded();
      const entries = (await db.bankEntries.where('state').equals('unmatched').toArray()).sort(
        (a, b) => a.bookingDate.localeCompare(b.bookingDate) || a.entryKey.localeCompare(b.entryKey),
      );
      if (entries.length === 0) return [];
      const open = await receivables.open();
      const byId = new Map(open.map((i) => [i.id, i]));
      const withIban = await db.customers.where('ibans').anyOf(entries.map((e) => e.counterpartyIban).filter(Boolean)).toArray();
      const ibans = new Map(withIban.map((c) => [c.id, c.ibans]));
      const ids = new Set([...open.map((i) => i.customerId), ...ibans.keys()]);
      const known = [...ids].map((id) => ({ id, name: index.peek(id)?.name ?? '', ibans: ibans.get(id) ?? [] }));
      const results = matchEntries(entries.map(asParsed), open.map(toOpenInvoice), known);
      return entries.map((entry, n) => {
        const r = results[n]!;
        const candidates =
          r.status === 'matched'
            ? r.allocations.flatMap((a) => {
                const i = byId.get(a.invoiceId);
                return i ? [candidateOf(i, 100, r.rule, a.amountCents)] : [];
              })
            : r.status === 'unmatched'
              ? r.candidates.flatMap((c) => {
                  const i = byId.get(c.invoiceId);
                  return i ? [candidateOf(i, c.score, c.reason, null)] : [];
                })
              : [];
        return { entry, candidates };
      });
    },

    /** Open invoices in a currency whose number or customer (name or number) contains the query. */
    async searchInvoices(query: string, currency: string): Promise<InvoiceCandidate[]> {
      await index.loaded();
      const q = searchKey(query);
      const hits: InvoiceCandidate[] = [];
      for (const i of await receivables.open()) {
        if (i.currency !== currency) continue;
        const c = index.peek(i.customerId);
        if (searchKey(i.number).includes(q) || (c && (c.nameKey.includes(q) || searchKey(c.number).includes(q)))) {
          hits.push(candidateOf(i, null, null, null));
          if (hits.length >= SEARCH_HITS) break;
        }
      }
      return hits;
    },

    /** Books an entry by hand: a payment of the customer, allocated as given, and the payer's account learnt. */
    async match({ entryId, customerId, allocations }: ManualMatch, actor: Actor): Promise<BankEntry> {
      const [entry, customer, changed] = await write(db, ['customers', 'invoices', 'credits', 'allocations', 'bankEntries'], emit, async () => {
        const entry = await mustBeUnmatched(entryId);
        if (entry.direction !== 'credit' || entry.reversal) {
          throw new AppFailure('validation', 'only money received can pay invoices', [issue('entryId', 'errors.bank.notCredit', 'only money received can pay invoices')]);
        }
        const customer = await db.customers.get(customerId);
        if (!customer) throw new AppFailure('not_found', `customer ${customerId} does not exist`);
        const credit: CreditRecord = {
          id: crypto.randomUUID(),
          customerId,
          kind: 'payment',
          date: entry.bookingDate,
          currency: entry.currency,
          amountCents: entry.amountCents,
          unallocatedCents: entry.amountCents,
          reference: (entry.structuredReference?.value || entry.remittance).slice(0, 140),
          note: '',
          dedupeKey: entry.entryKey,
          createdAt: actor.now,
          createdBy: actor.user,
        };
        if (credit.currency === 'EUR') customer.creditCents += credit.amountCents;
        const changed = allocations.length > 0 ? await payments.allocateWithin(credit, customer, allocations, actor) : [];
        if (entry.counterpartyIban && isValidIBAN(entry.counterpartyIban) && !customer.ibans.includes(entry.counterpartyIban)) {
          customer.ibans = [...customer.ibans, entry.counterpartyIban];
        }
        await db.credits.add(credit);
        const saved = withDerived({ ...customer, updatedAt: actor.now, updatedBy: actor.user });
        await db.customers.put(saved);
        const next: BankEntryRecord = { ...entry, state: 'matched', creditId: credit.id, updatedAt: actor.now, updatedBy: actor.user };
        await db.bankEntries.put(next);
        return [next, saved, changed] as const;
      });
      index.put([customer]);
      receivables.put(changed);
      return entry;
    },

    /** The user says the entry is no customer payment; it stays listed as ignored. */
    async ignore(entryId: string, actor: Actor): Promise<BankEntry> {
      return write(db, ['bankEntries'], emit, async () => {
        const entry = await mustBeUnmatched(entryId);
        const next: BankEntryRecord = { ...entry, state: 'ignored', ignoredReason: 'user', updatedAt: actor.now, updatedBy: actor.user };
        await db.bankEntries.put(next);
        return next;
      });
    },
  };
}
