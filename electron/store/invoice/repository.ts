import { z } from 'zod';
import type { CustomerFields } from '../../../shared/domain/customer/customer';
import { balanceContribution, type Invoice, type InvoiceInput, invoiceInputSchema, statusOf } from '../../../shared/domain/invoice/invoice';
import { AppFailure, issue } from '../../../shared/result';
import type { StructuredReference } from '../../../shared/domain/import/types';
import { makeReference, normalizeReference, parseStructuredReference, type ReferenceScheme } from '../../../shared/domain/payment/reference';
import type { Actor } from '../actor';
import { headOfficeOf, newCustomerRecord, withDerived } from '../customer/repository';
import type { CustomerRecord, DebitumDb } from '../db';
import { type ChangeSink, write } from '../write';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { ReceivablesIndex } from './receivables-index';
import { dossierEntry, dossierOf } from './dossier';
import { promiseText } from '../../../shared/domain/invoice/dossier';
import type { InvoiceDetail } from '../../../shared/domain/invoice/detail';
import { type CorrectionBlock, correctionBlocksOf, refuseCorrection } from '../../../shared/domain/invoice/corrections';
import { audit, auditEntry } from '../audit';

/** An invoice in a bulk load names its customer by number, as the office's own exports do. */
export type BulkInvoice = Omit<z.output<typeof invoiceInputSchema>, 'customerId' | 'paymentReference'> & { customerNumber: string; paymentReference?: string };

const numberTaken = (number: string) =>
  new AppFailure('validation', `invoice number ${number} is already used`, [
    issue('number', 'errors.invoice.numberTaken', `invoice number ${number} is already used`, { number }),
  ]);

export function toInvoice(input: Omit<z.output<typeof invoiceInputSchema>, 'paymentReference'>, paymentReference: StructuredReference): Invoice {
  return {
    ...input,
    id: crypto.randomUUID(),
    initialOpenCents: input.openCents,
    status: statusOf(input.openCents),
    paymentReference,
    disputed: false,
    disputeReason: '',
    disputedAt: null,
    promisedDate: null,
    promiseNote: '',
    nextActionDate: null,
    dunningLevel: 0,
    timesReminded: 0,
    lastRemindedOn: null,
  };
}

/**
 * Payment references for new invoices: the invoice's own when it carries a valid one, else generated from a
 * sequence kept in the same transaction, so two invoices never get the same reference.
 */
export async function references(db: DebitumDb, scheme: ReferenceScheme, given: (string | undefined)[]): Promise<StructuredReference[]> {
  const meta = await db.meta.get('referenceSeq');
  let seq = meta?.value ?? 0;
  const out = given.map((g) => {
    const parsed = g ? parseStructuredReference(g) : null;
    if (parsed) return parsed;
    seq += 1;
    return { scheme, value: normalizeReference(scheme, makeReference(scheme, seq)) };
  });
  await db.meta.put({ key: 'referenceSeq', value: seq });
  return out;
}

/** Adds the invoices' contributions to their customers' maintained figures (in place). */
export function applyToCustomers(customers: Map<string, CustomerRecord>, invoices: Invoice[]): void {
  for (const inv of invoices) {
    const c = customers.get(inv.customerId);
    if (!c) continue;
    c.openBalanceCents += balanceContribution(inv);
    if (inv.status === 'open') c.openInvoiceCount += 1;
  }
}

export function invoiceRepository(db: DebitumDb, emit: ChangeSink, index: CustomerSearchIndex, receivables: ReceivablesIndex) {
  async function mustGet(id: string): Promise<Invoice> {
    const inv = await db.invoices.get(id);
    if (!inv) throw new AppFailure('not_found', `invoice ${id} does not exist`);
    return inv;
  }

  /** Why the invoice cannot be edited or deleted now (empty: it can); read inside the caller's transaction. */
  async function blocksOf(inv: Invoice): Promise<CorrectionBlock[]> {
    const [allocations, items] = await Promise.all([db.allocations.where('invoiceId').equals(inv.id).count(), db.reminderItems.where('invoiceId').equals(inv.id).count()]);
    return correctionBlocksOf(inv, allocations, items);
  }

  async function customerFor(id: string): Promise<CustomerRecord> {
    const customer = await db.customers.get(id);
    if (!customer) throw new AppFailure('validation', 'unknown customer', [issue('customerId', 'errors.invoice.unknownCustomer', 'unknown customer')]);
    return customer;
  }

  /** Takes the invoice's part out of (sign -1) or into (sign 1) its customer's maintained figures, in place. */
  function count(customer: CustomerRecord, inv: Invoice, sign: 1 | -1): void {
    customer.openBalanceCents += sign * balanceContribution(inv);
    if (inv.status === 'open') customer.openInvoiceCount += sign;
  }

  /** What the customer's history shows of an invoice: the fields a person typed, by their names. */
  const historyView = (i: Invoice, customer: CustomerRecord) => ({
    number: i.number,
    customer: customer.name,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    currency: i.currency,
    amountCents: i.amountCents,
    openCents: i.openCents,
    paymentReference: i.paymentReference?.value ?? '',
  });

  return {
    async create(input: InvoiceInput, actor: Actor, scheme: ReferenceScheme): Promise<Invoice> {
      const [invoice, customer] = await write(db, ['customers', 'invoices', 'meta'], emit, async () => {
        const parsed = invoiceInputSchema.parse(input);
        const customer = await customerFor(parsed.customerId);
        if ((await db.invoices.where('number').equals(parsed.number).count()) > 0) throw numberTaken(parsed.number);
        const [reference] = await references(db, scheme, [parsed.paymentReference]);
        const invoice: Invoice = { ...toInvoice(parsed, reference!), enteredByHand: true };
        await db.invoices.add(invoice);
        const byId = new Map([[customer.id, customer]]);
        applyToCustomers(byId, [invoice]);
        const updated = withDerived({ ...customer, updatedAt: actor.now, updatedBy: actor.user });
        await db.customers.put(updated);
        return [invoice, updated] as const;
      });
      index.put([customer]);
      receivables.put([invoice]);
      return invoice;
    },

    /**
     * Adds customers and their invoices in one transaction: all or nothing. Balances are computed once in memory
     * and written with the customers, so a load of 200k invoices costs one pass.
     */
    async bulkLoad(customers: CustomerFields[], invoices: BulkInvoice[], actor: Actor, scheme: ReferenceScheme = 'rf'): Promise<{ customers: number; invoices: number }> {
      const written = await write(db, ['customers', 'invoices', 'addresses', 'meta'], emit, async () => {
        const records = customers.map((c) => newCustomerRecord(c, actor));
        const byNumber = new Map(records.map((r) => [r.number, r]));
        const taken = await db.customers.where('number').anyOf([...byNumber.keys()]).primaryKeys();
        if (taken.length > 0 || byNumber.size !== records.length) {
          throw new AppFailure('conflict', 'customer numbers already used', [
            issue('number', 'errors.customer.numberTaken', 'customer number already used', { number: records.length }),
          ]);
        }
        const existing = new Map<string, CustomerRecord>();
        const refs = await references(db, scheme, invoices.map((i) => i.paymentReference));
        const rows: Invoice[] = new Array(invoices.length);
        for (let i = 0; i < invoices.length; i++) {
          const { customerNumber, paymentReference: _given, ...rest } = invoices[i]!;
          let customer = byNumber.get(customerNumber) ?? existing.get(customerNumber);
          if (!customer) {
            customer = await db.customers.where('number').equals(customerNumber).first();
            if (!customer) {
              throw new AppFailure('validation', `row ${i + 1}: unknown customer ${customerNumber}`, [
                issue(`invoices.${i}.customerNumber`, 'errors.invoice.unknownCustomer', `unknown customer ${customerNumber}`),
              ]);
            }
            existing.set(customerNumber, customer);
          }
          rows[i] = toInvoice({ ...rest, customerId: customer.id }, refs[i]!);
        }
        const all = new Map([...records, ...existing.values()].map((r) => [r.id, r]));
        applyToCustomers(all, rows);
        const updated = [...all.values()].map((r) => withDerived(r));
        await db.customers.bulkPut(updated);
        await db.addresses.bulkAdd(records.map((r) => headOfficeOf(r, actor)).filter((a) => a !== null));
        await db.invoices.bulkAdd(rows);
        return [updated, rows] as const;
      });
      index.put(written[0]);
      receivables.put(written[1]);
      return { customers: customers.length, invoices: invoices.length };
    },

    /**
     * Corrects an invoice typed in by hand while it is still only the office's (corrections.ts), any field
     * including its customer. What was open at entry becomes the new open amount; both customers' figures follow,
     * the change goes into their histories and a line into the invoice's dossier. An empty payment reference
     * keeps the one the invoice has.
     */
    async update(id: string, input: InvoiceInput, actor: Actor): Promise<Invoice> {
      const fields = invoiceInputSchema.parse(input);
      const [next, customers] = await write(db, ['customers', 'invoices', 'allocations', 'reminderItems', 'audit', 'dossier'], emit, async () => {
        const inv = await mustGet(id);
        refuseCorrection(inv.number, await blocksOf(inv));
        const clash = await db.invoices.where('number').equals(fields.number).first();
        if (clash && clash.id !== id) throw numberTaken(fields.number);
        const before = await customerFor(inv.customerId);
        const after = fields.customerId === before.id ? before : await customerFor(fields.customerId);
        const { paymentReference, ...rest } = fields;
        const reference = paymentReference ? parseStructuredReference(paymentReference) : inv.paymentReference;
        const next: Invoice = { ...inv, ...rest, initialOpenCents: rest.openCents, status: statusOf(rest.openCents), paymentReference: reference };
        count(before, inv, -1);
        count(after, next, 1);
        await db.invoices.put(next);
        const touched = [...new Set([before, after])].map((c) => withDerived({ ...c, updatedAt: actor.now, updatedBy: actor.user }));
        await db.customers.bulkPut(touched);
        // A moved invoice shows in both customers' histories, so each can tell where it went or came from.
        for (const c of touched) await audit(db, actor, c.id, 'invoice', id, historyView(inv, before), historyView(next, after));
        await db.dossier.add(dossierEntry(next, 'correction', '', actor));
        return [next, touched] as const;
      });
      index.put(customers);
      receivables.put([next]);
      return next;
    },

    /**
     * Deletes an invoice entered by mistake, under the same rule as an edit. The record goes (its number is free
     * to be typed again, correctly); the deletion stays as a line in the customer's history with the number and the
     * reason, and the invoice's dossier is kept.
     */
    async delete(id: string, reason: string, actor: Actor): Promise<{ id: string }> {
      const customer = await write(db, ['customers', 'invoices', 'allocations', 'reminderItems', 'audit'], emit, async () => {
        const inv = await mustGet(id);
        refuseCorrection(inv.number, await blocksOf(inv));
        const customer = await customerFor(inv.customerId);
        count(customer, inv, -1);
        const saved = withDerived({ ...customer, updatedAt: actor.now, updatedBy: actor.user });
        await db.customers.put(saved);
        await db.invoices.delete(id);
        await db.audit.add(auditEntry(actor, customer.id, 'invoice', id, 'deleted', inv.number, reason));
        return saved;
      });
      index.put([customer]);
      receivables.remove([id]);
      return { id };
    },

    /** Sets or lifts a dispute; the dossier records it (the reason, or an empty text when lifted) in the same transaction. */
    async setDispute(id: string, disputed: boolean, reason: string, actor: Actor): Promise<Invoice> {
      const next = await write(db, ['invoices', 'dossier'], emit, async () => {
        const inv = await mustGet(id);
        const next: Invoice = { ...inv, disputed, disputeReason: disputed ? reason : '', disputedAt: disputed ? actor.now : null };
        await db.invoices.put(next);
        await db.dossier.add(dossierEntry(next, 'dispute', next.disputeReason, actor));
        return next;
      });
      receivables.put([next]);
      return next;
    },

    /** Records or withdraws a promise to pay; the dossier records it in the same transaction. */
    async setPromise(id: string, date: string | null, note: string, actor: Actor): Promise<Invoice> {
      const next = await write(db, ['invoices', 'dossier'], emit, async () => {
        const inv = await mustGet(id);
        const next: Invoice = { ...inv, promisedDate: date, promiseNote: date ? note : '' };
        await db.invoices.put(next);
        await db.dossier.add(dossierEntry(next, 'promise', promiseText(next.promisedDate, next.promiseNote), actor));
        return next;
      });
      receivables.put([next]);
      return next;
    },

    async setNextAction(id: string, date: string | null): Promise<Invoice> {
      const next = await write(db, ['invoices'], emit, async () => {
        const next: Invoice = { ...(await mustGet(id)), nextActionDate: date };
        await db.invoices.put(next);
        return next;
      });
      receivables.put([next]);
      return next;
    },

    /** The invoice with its customer, the payments and credit notes allocated to it, its dossier, and whether it may be edited. */
    async get(id: string, today: string): Promise<InvoiceDetail> {
      return db.transaction('r', ['invoices', 'customers', 'allocations', 'credits', 'dossier', 'reminderItems'], async () => {
        const invoice = await mustGet(id);
        const [customer, allocations, dossier, items] = await Promise.all([
          db.customers.get(invoice.customerId),
          db.allocations.where('invoiceId').equals(id).toArray(),
          dossierOf(db, id),
          db.reminderItems.where('invoiceId').equals(id).count(),
        ]);
        const credits = await db.credits.bulkGet(allocations.map((a) => a.creditId));
        return {
          invoice,
          // A deleted customer's paid invoices stay as history; they then show without a name.
          customer: { id: invoice.customerId, name: customer?.name ?? '', number: customer?.number ?? '' },
          today,
          dossier,
          correctionBlocks: correctionBlocksOf(invoice, allocations.length, items),
          allocations: allocations
            .flatMap((a, i) => {
              const c = credits[i];
              return c ? [{ ...a, credit: { id: c.id, kind: c.kind, date: c.date, reference: c.reference, currency: c.currency } }] : [];
            })
            .sort((a, b) => b.credit.date.localeCompare(a.credit.date) || b.createdAt.localeCompare(a.createdAt)),
        };
      });
    },

    /** Lists invoices whose in-memory receivables copy differs from the database (empty means consistent). */
    async checkReceivables(): Promise<string[]> {
      const stored = new Map((await db.invoices.toArray()).map((i) => [i.id, JSON.stringify(i)]));
      const held = await receivables.snapshot();
      const problems = held.filter((i) => stored.get(i.id) !== JSON.stringify(i)).map((i) => `invoice ${i.number} differs`);
      if (held.length !== stored.size) problems.push(`index holds ${held.length} invoices, database ${stored.size}`);
      return problems;
    },

    /** Recomputes every customer's balance from its invoices and lists where the maintained figure differs. */
    async checkBalances(): Promise<{ customerId: string; maintained: number; recomputed: number }[]> {
      return db.transaction('r', ['customers', 'invoices'], async () => {
        const sums = new Map<string, number>();
        await db.invoices.each((i) => {
          if (i.status === 'open') sums.set(i.customerId, (sums.get(i.customerId) ?? 0) + balanceContribution(i));
        });
        const out: { customerId: string; maintained: number; recomputed: number }[] = [];
        await db.customers.each((c) => {
          const recomputed = sums.get(c.id) ?? 0;
          if (recomputed !== c.openBalanceCents) out.push({ customerId: c.id, maintained: c.openBalanceCents, recomputed });
        });
        return out;
      });
    },
  };
}

export type InvoiceRepository = ReturnType<typeof invoiceRepository>;
