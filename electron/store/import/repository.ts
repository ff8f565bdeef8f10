import Dexie from 'dexie';
import type { KnownCustomer, OpenInvoice } from '../../../shared/domain/bank/matching';
import { matchEntries } from '../../../shared/domain/bank/matching';
import { balanceContribution, type Invoice, statusOf } from '../../../shared/domain/invoice/invoice';
import type { ParsedBankEntry } from '../../../shared/domain/import/types';
import { findTwins, type KnownEntry } from '../../../shared/domain/bank/duplicates';
import { bankEntryId } from '../../../shared/domain/bank/transaction-key';
import type { ImportAnswers, ImportPlan, ImportQuestions, KnownCustomerRef, CustomerRef, StatementQuestion } from '../../../shared/domain/import/plan';
import { statementsToRead, twinKey } from '../../../shared/domain/import/plan';
import type { ImportOutcome } from '../../../shared/domain/import/preview';
import { emptyCounts } from '../../../shared/domain/import/plan';
import type { ReferenceScheme } from '../../../shared/domain/payment/reference';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import { type CustomerRepository, headOfficeOf, newCustomerRecord, withDerived } from '../customer/repository';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { BankEntryRecord, CreditRecord, CustomerRecord, DebitumDb, ImportRecordRow, InvoiceRecord } from '../db';
import { applyToCustomers, references, toInvoice } from '../invoice/repository';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import type { PaymentRepository } from '../payment/repository';
import { type ChangeSink, write } from '../write';

const tables = ['customers', 'invoices', 'addresses', 'meta', 'credits', 'allocations', 'imports', 'bankEntries'] as const;

const changed = (what: string) =>
  new AppFailure('conflict', `the ledger changed since the preview (${what}); preview again`, [
    issue('previewId', 'errors.import.changed', `the ledger changed since the preview (${what}); preview again`, { what }),
  ]);

const eur = (currency: string, cents: number) => (currency === 'EUR' ? cents : 0);

function sameReference(booked: BankEntryRecord, reversal: ParsedBankEntry): boolean {
  if (booked.structuredReference || reversal.structuredReference) return booked.structuredReference?.value === reversal.structuredReference?.value;
  return booked.remittance.trim() !== '' && booked.remittance.trim() === reversal.remittance.trim();
}

export const toOpenInvoice = (i: Invoice): OpenInvoice => ({
  id: i.id,
  number: i.number,
  customerId: i.customerId,
  currency: i.currency,
  openCents: i.openCents,
  paymentReference: i.paymentReference?.value ?? null,
  dueDate: i.dueDate,
});

/**
 * Imports: the questions a preview asks of the ledger, and the commit of a confirmed plan in one transaction.
 * The commit checks again, inside its transaction, every answer the preview relied on; if one no longer holds it
 * writes nothing and says so.
 */
export function importRepository(
  db: DebitumDb,
  emit: ChangeSink,
  index: CustomerSearchIndex,
  receivables: ReceivablesIndex,
  customers: CustomerRepository,
  payments: PaymentRepository,
) {
  /** Open invoices and the customers that owe them, as the matcher wants them, from the in-memory copies. */
  async function matchingBook(counterpartyIbans: string[]): Promise<{ open: OpenInvoice[]; known: KnownCustomer[] }> {
    await index.loaded();
    const open = (await receivables.open()).map(toOpenInvoice);
    const ibans = new Map<string, string[]>();
    const withIban = await db.customers.where('ibans').anyOf(counterpartyIbans.filter(Boolean)).toArray();
    for (const c of withIban) ibans.set(c.id, c.ibans);
    const ids = new Set([...open.map((i) => i.customerId), ...ibans.keys()]);
    const known = [...ids].map((id) => ({ id, name: index.peek(id)?.name ?? '', ibans: ibans.get(id) ?? [] }));
    return { open, known };
  }

  /** Customer numbers for new customers without one: continuing the office's numbering, past the plan's own. */
  async function freeNumbers(count: number, reserved: Set<string>): Promise<string[]> {
    const out: string[] = [];
    if (count === 0) return out;
    const first = await customers.nextNumber();
    const m = /^(.*?)(\d+)$/.exec(first);
    const [, prefix = `${first}-`, digits = '1'] = m ?? [];
    // Candidates are checked a batch at a time: one index lookup for many numbers, not one per number.
    for (let n = Number(digits); out.length < count; n += count) {
      const batch = Array.from({ length: count }, (_, k) => `${prefix}${String(n + k).padStart(digits.length, '0')}`);
      const taken = new Set((await db.customers.where('number').anyOf(batch).keys()).map(String));
      for (const candidate of batch) if (out.length < count && !reserved.has(candidate) && !taken.has(candidate)) out.push(candidate);
    }
    return out;
  }

  /**
   * The earlier payment each reversal undoes, when exactly one booked entry fits: money that came in, same
   * currency and amount, same payer account, same reference (structured, else the free text). Anything less clear
   * is left alone: the reversal is then only shown and ignored.
   */
  async function reversalTargets(reversals: ParsedBankEntry[]): Promise<ImportAnswers['reversals']> {
    if (reversals.length === 0) return {};
    await index.loaded();
    const matched = await db.bankEntries.where('state').equals('matched').toArray();
    const out: ImportAnswers['reversals'] = {};
    for (const r of reversals) {
      const hits = matched.filter(
        (e) =>
          e.direction === 'credit' &&
          !e.reversal &&
          e.creditId !== null &&
          e.currency === r.currency &&
          e.amountCents === r.amountCents &&
          e.counterpartyIban !== '' &&
          e.counterpartyIban === r.counterpartyIban &&
          sameReference(e, r),
      );
      const [hit] = hits;
      if (hits.length !== 1 || !hit?.creditId) continue;
      const credit = await db.credits.get(hit.creditId);
      if (!credit) continue;
      out[r.entryKey] = { bankEntryId: hit.id, creditId: hit.creditId, bookingDate: hit.bookingDate, customerName: index.peek(credit.customerId)?.name ?? '' };
    }
    return out;
  }

  /**
   * The stored entries on the accounts and days of the import's entries, with the file and time they came in: the
   * ones a new entry may repeat, whatever format and statement brought them.
   */
  async function nearbyEntries(entries: ParsedBankEntry[]): Promise<BankEntryRecord[]> {
    const days = new Map(entries.map((e) => [`${e.accountIban}|${e.bookingDate}`, [e.accountIban, e.bookingDate]]));
    if (days.size === 0) return [];
    return db.bankEntries.where('[accountIban+bookingDate]').anyOf([...days.values()]).toArray();
  }

  /** Which entries were imported before or come twice in this import (findTwins), and which are new. */
  async function statementTwins(statements: StatementQuestion[]) {
    const stored = await nearbyEntries(statements.flatMap((s) => s.entries));
    const records = await db.imports.bulkGet([...new Set(stored.map((e) => e.importId))]);
    const byId = new Map(records.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    const known: KnownEntry[] = stored.map((e) => ({ ...e, file: byId.get(e.importId)?.fileName ?? '', importedAt: byId.get(e.importId)?.at ?? e.updatedAt }));
    const found = findTwins(statements, known);
    const twins: ImportAnswers['twins'] = {};
    const fresh: ParsedBankEntry[] = [];
    const possible: ParsedBankEntry[] = [];
    statements.forEach((s, n) =>
      s.entries.forEach((entry, i) => {
        const twin = found[n]?.[i];
        if (twin) twins[twinKey(s.sha256, i)] = twin;
        if (!twin) fresh.push(entry);
        else if (!twin.certain) possible.push(entry);
      }),
    );
    return { twins, nearbyEntryKeys: stored.map((e) => e.entryKey), fresh, possible };
  }

  /**
   * Match proposals for the new entries, then for the possible duplicates against what the new ones leave open:
   * whether the user imports a possible duplicate never changes what the others pay.
   */
  async function proposeMatches(fresh: ParsedBankEntry[], possible: ParsedBankEntry[]) {
    const book = await matchingBook([...fresh, ...possible].map((e) => e.counterpartyIban));
    const matches = matchEntries(fresh, book.open, book.known);
    const taken = new Map<string, number>();
    for (const m of matches) if (m.status === 'matched') for (const a of m.allocations) taken.set(a.invoiceId, (taken.get(a.invoiceId) ?? 0) + a.amountCents);
    const left = book.open.map((i) => ({ ...i, openCents: i.openCents - (taken.get(i.id) ?? 0) })).filter((i) => i.openCents > 0);
    if (possible.length > 0) matches.push(...matchEntries(possible, left, book.known));
    const matched = matches.flatMap((m) => (m.status === 'matched' ? [m] : []));
    return { matches, customerIds: new Set(matched.map((m) => m.customerId)), invoiceIds: new Set(matched.flatMap((m) => m.allocations.map((a) => a.invoiceId))) };
  }

  return {
    async answer(q: ImportQuestions): Promise<ImportAnswers> {
      const ref = (c: CustomerRecord): KnownCustomerRef => ({ id: c.id, number: c.number, name: c.name, paymentTermsDays: c.paymentTermsDays });
      const [imported, takenNumbers, byNumber, byVat, knownCreditKeys, credited] = await Promise.all([
        db.imports.where('sha256').anyOf(q.sha256s).toArray(),
        db.invoices.where('number').anyOf(q.invoiceNumbers).keys(),
        db.customers.where('number').anyOf(q.customerNumbers).toArray(),
        db.customers.where('vatNumber').anyOf(q.vatNumbers.filter(Boolean)).toArray(),
        db.credits.where('dedupeKey').anyOf(q.creditKeys).keys(),
        db.invoices.where('number').anyOf(q.creditedNumbers).toArray(),
      ]);
      const importedAt = Object.fromEntries(imported.map((r) => [r.sha256, r.at]));
      const { twins, nearbyEntryKeys, fresh, possible } = await statementTwins(statementsToRead(q.statements, importedAt));
      const { matches, customerIds, invoiceIds } = await proposeMatches(fresh, possible);
      const invoices: ImportAnswers['invoices'] = {};
      for (const i of [...(await Promise.all([...invoiceIds].map((id) => receivables.get(id)))), ...credited]) {
        if (i) invoices[i.id] = { number: i.number, customerId: i.customerId, customerName: index.peek(i.customerId)?.name ?? '', currency: i.currency, openCents: i.openCents, status: i.status };
      }
      const reversals = await reversalTargets([...fresh, ...possible].filter((e) => e.reversal && e.direction === 'debit'));
      const customersOut: ImportAnswers['customers'] = {};
      for (const id of customerIds) {
        const c = index.peek(id);
        if (c) customersOut[id] = { number: c.number, name: c.name };
      }
      return {
        imported: importedAt,
        takenNumbers: takenNumbers.map(String),
        customersByNumber: Object.fromEntries(byNumber.map((c) => [c.number, ref(c)])),
        customersByVat: Object.fromEntries(byVat.map((c) => [c.vatNumber, ref(c)])),
        knownCreditKeys: knownCreditKeys.map(String),
        twins,
        nearbyEntryKeys,
        matches,
        invoices,
        customers: customersOut,
        reversals,
      };
    },

    /**
     * Writes a confirmed plan — new customers with their head office, invoices with payment references, credit
     * notes and payments with their allocations, bank entries, one import record per file — in one transaction.
     */
    async commit(plan: ImportPlan, actor: Actor, scheme: ReferenceScheme = 'rf'): Promise<ImportOutcome> {
      const [savedCustomers, savedInvoices, outcome] = await writePlan(plan, actor, scheme);
      index.put(savedCustomers);
      receivables.put(savedInvoices);
      return outcome;
    },
  };

  async function writePlan(plan: ImportPlan, actor: Actor, scheme: ReferenceScheme) {
    try {
      return await write(db, [...tables], emit, async () => {
        const numbers = plan.invoices.map((i) => i.number);
        const reversals = plan.entries.flatMap((e) => (e.reverses ? [e.reverses] : []));
        const [reversedCredits, reversedEntries] = await Promise.all([
          db.credits.bulkGet(reversals.map((r) => r.creditId)),
          db.bankEntries.bulkGet(reversals.map((r) => r.bankEntryId)),
        ]);
        const stillBooked = reversals.every((r, i) => reversedCredits[i] && reversedEntries[i]?.state === 'matched' && reversedEntries[i]?.creditId === r.creditId);
        if (!stillBooked) throw changed('a reversed payment changed');
        const existingIds = [
          ...new Set([
            ...[...plan.invoices.map((i) => i.customer), ...plan.credits.map((c) => c.customer)].flatMap((r) => ('id' in r ? [r.id] : [])),
            ...reversedCredits.map((c) => c!.customerId),
          ]),
        ];
        const givenNumbers = plan.customers.flatMap((c) => (c.number ? [c.number] : []));
        const vats = plan.customers.flatMap((c) => (c.vatNumber ? [c.vatNumber] : []));
        // Invoice numbers are not looked up: the unique index refuses a taken one when the invoices are written,
        // which aborts this transaction and reads as the same conflict, and a 200k-number lookup costs seconds.
        const [files, existing, takenCustomers, takenVats, creditKeys, entryKeys] = await Promise.all([
          db.imports.where('sha256').anyOf(plan.files.map((f) => f.sha256)).count(),
          db.customers.bulkGet(existingIds),
          db.customers.where('number').anyOf(givenNumbers).count(),
          db.customers.where('vatNumber').anyOf(vats).count(),
          db.credits.where('dedupeKey').anyOf(plan.credits.map((c) => c.dedupeKey)).count(),
          db.bankEntries.where('entryKey').anyOf(plan.entries.map((e) => e.entry.entryKey)).count(),
        ]);
        if (files > 0) throw changed('a file was imported meanwhile');
        if (new Set(numbers).size !== numbers.length) throw changed('an invoice number is in the import twice');
        if (existing.some((c) => !c)) throw changed('a customer was deleted');
        if (takenCustomers > 0 || takenVats > 0) throw changed('a customer was added');
        if (creditKeys > 0 || entryKeys > 0) throw changed('payments were booked');
        // The duplicates were judged against the entries then stored on these accounts and days; one more since
        // (another seat, another window) may be one of this import's.
        const seen = new Set(plan.nearbyEntryKeys);
        if ((await nearbyEntries(plan.entries.map((e) => e.entry))).some((e) => !seen.has(e.entryKey))) throw changed('bank entries were imported meanwhile');

        const byId = new Map(existing.map((c) => [c!.id, c!]));
        const generated = await freeNumbers(plan.customers.filter((c) => c.number === null).length, new Set(givenNumbers));
        const created = plan.customers.map((planned) => newCustomerRecord({ ...planned.fields, number: planned.number ?? generated.shift()! }, actor));
        for (const record of created) byId.set(record.id, record);
        const customerOf = (ref: CustomerRef): CustomerRecord => ('id' in ref ? byId.get(ref.id)! : created[ref.newIndex]!);

        const refs = await references(db, scheme, plan.invoices.map((i) => i.paymentReference || undefined));
        const rows: InvoiceRecord[] = plan.invoices.map(({ customer, paymentReference: _own, ...rest }, i) =>
          toInvoice({ ...rest, customerId: customerOf(customer).id }, refs[i]!),
        );
        applyToCustomers(byId, rows);
        await db.invoices.bulkAdd(rows);
        const touched = new Map(rows.map((r) => [r.id, r]));

        const creditedNumbers = plan.credits.flatMap((c) => (c.creditedNumber ? [c.creditedNumber] : []));
        const credited = new Map((await db.invoices.where('number').anyOf(creditedNumbers).toArray()).map((i) => [i.number, i]));
        const credits: CreditRecord[] = [];
        for (const planned of plan.credits) {
          const customer = customerOf(planned.customer);
          const credit: CreditRecord = {
            id: crypto.randomUUID(),
            customerId: customer.id,
            kind: planned.kind,
            date: planned.date,
            currency: planned.currency,
            amountCents: planned.amountCents,
            unallocatedCents: planned.amountCents,
            reference: planned.reference,
            note: '',
            dedupeKey: planned.dedupeKey,
            createdAt: actor.now,
            createdBy: actor.user,
          };
          customer.creditCents += eur(credit.currency, credit.amountCents);
          let allocations = planned.allocations;
          if (planned.creditedNumber) {
            const target = touched.get(credited.get(planned.creditedNumber)?.id ?? '') ?? credited.get(planned.creditedNumber);
            if (target && target.openCents > 0 && target.customerId === customer.id && target.currency === credit.currency) {
              allocations = [{ invoiceId: target.id, amountCents: Math.min(target.openCents, credit.amountCents) }];
            }
          }
          if (allocations.length > 0) {
            try {
              for (const inv of await payments.allocateWithin(credit, customer, allocations, actor)) touched.set(inv.id, inv);
            } catch (e) {
              if (e instanceof AppFailure && e.code === 'validation') throw changed('invoices were paid meanwhile');
              throw e;
            }
          }
          if (planned.iban && !customer.ibans.includes(planned.iban)) customer.ibans = [...customer.ibans, planned.iban];
          credits.push(credit);
        }
        await db.credits.bulkAdd(credits);

        // A reversal takes its payment back: every allocation reopens its invoice, the payment and its rest go.
        for (const [n, credit] of reversedCredits.entries()) {
          const customer = byId.get(credit!.customerId)!;
          const allocations = await db.allocations.where('creditId').equals(credit!.id).toArray();
          const invoices = await db.invoices.bulkGet(allocations.map((a) => a.invoiceId));
          allocations.forEach((a, i) => {
            const inv = touched.get(a.invoiceId) ?? invoices[i]!;
            const before = balanceContribution(inv);
            if (inv.openCents === 0) customer.openInvoiceCount += 1;
            inv.openCents += a.amountCents;
            inv.status = statusOf(inv.openCents);
            customer.openBalanceCents += balanceContribution(inv) - before;
            touched.set(inv.id, inv);
          });
          customer.creditCents -= eur(credit!.currency, credit!.unallocatedCents);
          await db.invoices.bulkPut(allocations.map((a) => touched.get(a.invoiceId)!));
          await db.allocations.bulkDelete(allocations.map((a) => a.id));
          await db.credits.delete(credit!.id);
          const booked = reversedEntries[n]!;
          await db.bankEntries.put({ ...booked, state: 'ignored', ignoredReason: 'reversal', creditId: null, updatedAt: actor.now, updatedBy: actor.user });
        }

        const records: ImportRecordRow[] = plan.files.map((f) => ({ id: crypto.randomUUID(), kind: f.kind, fileName: f.fileName, sha256: f.sha256, at: actor.now, by: actor.user, counts: f.counts }));
        await db.imports.bulkAdd(records);
        const entries: BankEntryRecord[] = plan.entries.map(({ file, entry, state, ignoredReason, credit }) => ({
          id: bankEntryId(entry.entryKey),
          importId: records[file]!.id,
          entryKey: entry.entryKey,
          accountIban: entry.accountIban,
          statementId: entry.statementId,
          bookingDate: entry.bookingDate,
          valueDate: entry.valueDate,
          currency: entry.currency,
          amountCents: entry.amountCents,
          direction: entry.direction,
          reversal: entry.reversal,
          counterpartyName: entry.counterpartyName,
          counterpartyIban: entry.counterpartyIban,
          counterpartyBic: entry.counterpartyBic,
          structuredReference: entry.structuredReference,
          remittance: entry.remittance,
          endToEndId: entry.endToEndId,
          state,
          ignoredReason,
          creditId: credit === null ? null : credits[credit]!.id,
          updatedAt: actor.now,
          updatedBy: actor.user,
        }));
        await db.bankEntries.bulkAdd(entries);

        // New and changed customers are written once, with the balances of everything above applied.
        const saved = [...byId.values()].map((c) => withDerived(c));
        await db.customers.bulkPut(saved);
        await db.addresses.bulkAdd(created.map((c) => headOfficeOf(c, actor)).filter((a) => a !== null));
        const counts = emptyCounts();
        for (const f of plan.files) for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += f.counts[k];
        counts.customers = created.length;
        return [saved, [...touched.values()], { counts, files: records.map((r) => ({ name: r.fileName, importId: r.id })) } as ImportOutcome] as const;
      });
    } catch (e) {
      // The unique indexes are the last guard: a number or key that the checks above could not see as taken.
      if (e instanceof Dexie.BulkError || e instanceof Dexie.ConstraintError) throw changed('a number or key is already used');
      throw e;
    }
  }
}

export type ImportRepository = ReturnType<typeof importRepository>;
