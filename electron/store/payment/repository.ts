import { type Allocation, type AllocationInput, allocationIssues, type Credit, type CreditInput, creditInputSchema, refuseAllocations } from '../../../shared/domain/payment/credit';
import { balanceContribution, statusAfterAllocation, statusOf } from '../../../shared/domain/invoice/invoice';
import { AppFailure, issue } from '../../../shared/result';
import { auditEntry } from '../audit';
import { dossierEntry } from '../invoice/dossier';
import type { Actor } from '../actor';
import { withDerived } from '../customer/repository';
import type { CustomerSearchIndex } from '../customer/search-index';
import type { ReceivablesIndex } from '../invoice/receivables-index';
import type { AllocationRecord, CreditRecord, CustomerRecord, DebitumDb, InvoiceRecord } from '../db';
import { type ChangeSink, write } from '../write';

const tables = ['customers', 'invoices', 'credits', 'allocations'] as const;

const eurCredit = (c: Pick<Credit, 'currency'>, cents: number) => (c.currency === 'EUR' ? cents : 0);

/**
 * Payments and credit notes and their allocations. Every operation changes invoices' open amounts, the credit's
 * unallocated rest and the customer's balance and credit in one transaction, so the figures always agree.
 */
export function paymentRepository(db: DebitumDb, emit: ChangeSink, index: CustomerSearchIndex, receivables: ReceivablesIndex) {
  /** Applies allocations of one credit to invoices (in place on the records given), checking every rule first. */
  async function allocate(credit: CreditRecord, customer: CustomerRecord, allocations: AllocationInput[], actor: Actor): Promise<InvoiceRecord[]> {
    if (credit.customerId !== customer.id) throw new AppFailure('internal', `credit ${credit.id} is not of customer ${customer.id}`);
    const invoices = await db.invoices.bulkGet(allocations.map((a) => a.invoiceId));
    refuseAllocations(allocationIssues(credit, allocations, invoices));
    const total = allocations.reduce((s, a) => s + a.amountCents, 0);

    const changed: InvoiceRecord[] = [];
    const records: AllocationRecord[] = [];
    allocations.forEach((a, i) => {
      const inv = invoices[i]!;
      const before = balanceContribution(inv);
      inv.openCents -= a.amountCents;
      inv.status = statusAfterAllocation(inv.openCents, credit.kind);
      customer.openBalanceCents += balanceContribution(inv) - before;
      if (inv.openCents === 0) customer.openInvoiceCount -= 1;
      changed.push(inv);
      records.push({ id: crypto.randomUUID(), creditId: credit.id, invoiceId: inv.id, amountCents: a.amountCents, createdAt: actor.now, createdBy: actor.user });
    });
    credit.unallocatedCents -= total;
    customer.creditCents -= eurCredit(credit, total);
    await db.invoices.bulkPut(changed);
    await db.allocations.bulkAdd(records);
    return changed;
  }

  /** Gives an allocation back, in place: the invoice reopens by its amount and the credit holds it again. */
  function giveBack(a: AllocationRecord, credit: CreditRecord, invoice: InvoiceRecord, customer: CustomerRecord): void {
    const before = balanceContribution(invoice);
    if (invoice.openCents === 0) customer.openInvoiceCount += 1;
    invoice.openCents += a.amountCents;
    invoice.status = statusOf(invoice.openCents);
    customer.openBalanceCents += balanceContribution(invoice) - before;
    credit.unallocatedCents += a.amountCents;
    customer.creditCents += eurCredit(credit, a.amountCents);
  }

  async function customerOf(id: string): Promise<CustomerRecord> {
    const c = await db.customers.get(id);
    if (!c) throw new AppFailure('not_found', `customer ${id} does not exist`);
    return c;
  }

  async function saveCustomer(c: CustomerRecord, actor: Actor): Promise<CustomerRecord> {
    const next = withDerived({ ...c, updatedAt: actor.now, updatedBy: actor.user });
    await db.customers.put(next);
    return next;
  }

  return {
    /**
     * Allocates inside the caller's transaction, changing the records given in place (an import books many
     * credits in one transaction); the caller saves the credit and the customer.
     */
    allocateWithin: allocate,

    /** Books a payment or credit note and allocates it; importing the same dedupe key twice adds nothing. */
    async add(input: CreditInput, actor: Actor): Promise<{ credit: Credit; duplicate: boolean }> {
      const fields = creditInputSchema.parse(input);
      const [credit, customer, duplicate, changed] = await write(db, [...tables], emit, async () => {
        if (fields.dedupeKey) {
          const existing = await db.credits.where('dedupeKey').equals(fields.dedupeKey).first();
          if (existing) return [existing, null, true, [] as InvoiceRecord[]] as const;
        }
        const customer = await customerOf(fields.customerId);
        const { allocations, ...rest } = fields;
        const credit: CreditRecord = { ...rest, id: crypto.randomUUID(), unallocatedCents: fields.amountCents, createdAt: actor.now, createdBy: actor.user };
        customer.creditCents += eurCredit(credit, credit.amountCents);
        const changed = await allocate(credit, customer, allocations, actor);
        await db.credits.add(credit);
        return [credit, await saveCustomer(customer, actor), false, changed] as const;
      });
      if (customer) index.put([customer]);
      receivables.put(changed);
      return { credit, duplicate };
    },

    /** Allocates (more of) a credit's unallocated rest. */
    async allocate(creditId: string, allocations: AllocationInput[], actor: Actor): Promise<Credit> {
      const [credit, customer, changed] = await write(db, [...tables], emit, async () => {
        const credit = await db.credits.get(creditId);
        if (!credit) throw new AppFailure('not_found', `credit ${creditId} does not exist`);
        const customer = await customerOf(credit.customerId);
        const changed = await allocate(credit, customer, allocations, actor);
        await db.credits.put(credit);
        return [credit, await saveCustomer(customer, actor), changed] as const;
      });
      index.put([customer]);
      receivables.put(changed);
      return credit;
    },

    /** Undoes one allocation: the invoice reopens by its amount, the credit gets it back. */
    async undo(allocationId: string, actor: Actor): Promise<Allocation> {
      const [allocation, customer, reopened] = await write(db, [...tables], emit, async () => {
        const a = await db.allocations.get(allocationId);
        if (!a) throw new AppFailure('not_found', `allocation ${allocationId} does not exist`);
        const [credit, invoice] = await Promise.all([db.credits.get(a.creditId), db.invoices.get(a.invoiceId)]);
        if (!credit || !invoice) throw new AppFailure('not_found', 'credit or invoice of the allocation is gone');
        const customer = await customerOf(credit.customerId);
        giveBack(a, credit, invoice, customer);
        await db.invoices.put(invoice);
        await db.credits.put(credit);
        await db.allocations.delete(a.id);
        return [a, await saveCustomer(customer, actor), invoice] as const;
      });
      index.put([customer]);
      receivables.put([reopened]);
      return allocation;
    },

    /**
     * Reverses a payment or credit note booked by mistake. Its allocations are undone (each invoice reopens, and
     * its dossier says why), its rest drops to 0 so it stops being the customer's credit, and it stays on record
     * marked reversed with who, when and why; the customer's history has the reason too. A payment that came from
     * a bank entry gives the entry back to manual matching, freeing its key so the entry can be booked again right.
     */
    async reverse(id: string, reason: string, actor: Actor): Promise<Credit> {
      const [credit, customer, reopened] = await write(db, [...tables, 'bankEntries', 'dossier', 'audit'], emit, async () => {
        const credit = await db.credits.get(id);
        if (!credit) throw new AppFailure('not_found', `credit ${id} does not exist`);
        if (credit.reversal) {
          throw new AppFailure('conflict', 'already reversed', [issue('id', 'errors.payment.reversed', 'the payment or credit note was reversed')]);
        }
        const customer = await customerOf(credit.customerId);
        const allocations = await db.allocations.where('creditId').equals(id).toArray();
        const invoices = await db.invoices.bulkGet(allocations.map((a) => a.invoiceId));
        allocations.forEach((a, i) => giveBack(a, credit, invoices[i]!, customer));
        const reopened = invoices.filter((i) => i !== undefined);
        customer.creditCents -= eurCredit(credit, credit.unallocatedCents);
        const entry = credit.dedupeKey ? await db.bankEntries.where('entryKey').equals(credit.dedupeKey).first() : undefined;
        const fromBank = entry?.creditId === id;
        const next: CreditRecord = { ...credit, unallocatedCents: 0, dedupeKey: fromBank ? null : credit.dedupeKey, reversal: { at: actor.now, by: actor.user, reason } };
        await db.invoices.bulkPut(reopened);
        await db.allocations.bulkDelete(allocations.map((a) => a.id));
        await db.credits.put(next);
        if (fromBank) await db.bankEntries.put({ ...entry, state: 'unmatched', creditId: null, updatedAt: actor.now, updatedBy: actor.user });
        await db.dossier.bulkAdd(reopened.map((inv) => dossierEntry(inv, 'reversal', reason, actor)));
        await db.audit.add(auditEntry(actor, customer.id, 'payment', id, 'reversed', credit.reference || credit.date, reason));
        return [next, await saveCustomer(customer, actor), reopened] as const;
      });
      index.put([customer]);
      receivables.put(reopened);
      return credit;
    },

    /**
     * Credits every open invoice of the customer in full, a credit note each dated `date` with the reason as its
     * note, inside the caller's transaction (deleting a customer that still has open invoices). Changes the
     * customer given in place; the caller saves it. Invoices the office owes money on (negative) stay open.
     */
    async creditOpenWithin(customer: CustomerRecord, reason: string, date: string, actor: Actor): Promise<InvoiceRecord[]> {
      const open = await db.invoices.where('[customerId+status]').equals([customer.id, 'open']).filter((i) => i.openCents > 0).toArray();
      const changed: InvoiceRecord[] = [];
      for (const inv of open) {
        const credit: CreditRecord = {
          id: crypto.randomUUID(),
          customerId: customer.id,
          kind: 'credit_note',
          date,
          currency: inv.currency,
          amountCents: inv.openCents,
          unallocatedCents: inv.openCents,
          reference: '',
          note: reason,
          dedupeKey: null,
          createdAt: actor.now,
          createdBy: actor.user,
        };
        customer.creditCents += eurCredit(credit, credit.amountCents);
        changed.push(...(await allocate(credit, customer, [{ invoiceId: inv.id, amountCents: inv.openCents }], actor)));
        await db.credits.add(credit);
      }
      return changed;
    },

    /** The customer's payments and credit notes, newest first, and their allocations with the invoice numbers. */
    async forCustomer(customerId: string): Promise<{ credits: Credit[]; allocations: (Allocation & { invoiceNumber: string })[] }> {
      return db.transaction('r', ['credits', 'allocations', 'invoices'], async () => {
        const credits = await db.credits.where('customerId').equals(customerId).toArray();
        const allocations = await db.allocations.where('creditId').anyOf(credits.map((c) => c.id)).toArray();
        const invoices = await db.invoices.bulkGet(allocations.map((a) => a.invoiceId));
        return {
          credits: credits.sort((a, b) => b.date.localeCompare(a.date)),
          allocations: allocations.map((a, i) => ({ ...a, invoiceNumber: invoices[i]?.number ?? '' })),
        };
      });
    },

    /**
     * Recomputes every derived figure from the records that carry it — open amounts from what was open at the
     * start less the allocations, each credit's rest from its amount less its allocations, balances, credit and
     * open-invoice counts from invoices and credits — and checks every allocation against its credit and
     * invoice. Lists every difference; empty means consistent.
     */
    async check(): Promise<string[]> {
      return db.transaction('r', [...tables], async () => {
        const problems: string[] = [];
        const credits = new Map<string, CreditRecord>();
        await db.credits.each((c) => credits.set(c.id, c));
        const allocated = new Map<string, number>();
        const fromCredits = new Map<string, number>();
        const onInvoice = new Map<string, AllocationRecord[]>();
        await db.allocations.each((a) => {
          if (!Number.isSafeInteger(a.amountCents) || a.amountCents <= 0) problems.push(`allocation ${a.id}: amount ${a.amountCents}`);
          if (!credits.has(a.creditId)) problems.push(`allocation ${a.id}: credit ${a.creditId} is gone`);
          allocated.set(a.invoiceId, (allocated.get(a.invoiceId) ?? 0) + a.amountCents);
          fromCredits.set(a.creditId, (fromCredits.get(a.creditId) ?? 0) + a.amountCents);
          const list = onInvoice.get(a.invoiceId);
          if (list) list.push(a);
          else onInvoice.set(a.invoiceId, [a]);
        });
        const balance = new Map<string, number>();
        const openCount = new Map<string, number>();
        await db.invoices.each((i) => {
          const expected = i.initialOpenCents - (allocated.get(i.id) ?? 0);
          if (i.openCents !== expected) problems.push(`invoice ${i.number}: open ${i.openCents} ≠ ${expected}`);
          if (i.initialOpenCents >= 0 ? i.openCents < 0 : i.openCents !== i.initialOpenCents) problems.push(`invoice ${i.number}: open ${i.openCents} of ${i.initialOpenCents}`);
          if ((i.status === 'open') !== (i.openCents !== 0)) problems.push(`invoice ${i.number}: status ${i.status}`);
          for (const a of onInvoice.get(i.id) ?? []) {
            const c = credits.get(a.creditId);
            if (c && (c.customerId !== i.customerId || c.currency !== i.currency)) problems.push(`allocation ${a.id}: credit of ${c.customerId} in ${c.currency} on invoice ${i.number}`);
          }
          onInvoice.delete(i.id);
          if (i.status !== 'open') return;
          balance.set(i.customerId, (balance.get(i.customerId) ?? 0) + balanceContribution(i));
          openCount.set(i.customerId, (openCount.get(i.customerId) ?? 0) + 1);
        });
        for (const id of onInvoice.keys()) problems.push(`allocations on invoice ${id}, which is gone`);
        const credit = new Map<string, number>();
        for (const c of credits.values()) {
          // A reversed credit keeps nothing: no allocations, no rest.
          const rest = c.reversal ? 0 : c.amountCents - (fromCredits.get(c.id) ?? 0);
          if (c.reversal && fromCredits.has(c.id)) problems.push(`credit ${c.id}: reversed but still allocated`);
          if (c.unallocatedCents !== rest || c.unallocatedCents < 0) {
            problems.push(`credit ${c.id}: rest ${c.unallocatedCents} of ${c.amountCents}, ${fromCredits.get(c.id) ?? 0} allocated`);
          }
          credit.set(c.customerId, (credit.get(c.customerId) ?? 0) + eurCredit(c, c.unallocatedCents));
        }
        await db.customers.each((c) => {
          if ((balance.get(c.id) ?? 0) !== c.openBalanceCents) problems.push(`customer ${c.number}: balance ${c.openBalanceCents} ≠ ${balance.get(c.id) ?? 0}`);
          if ((credit.get(c.id) ?? 0) !== c.creditCents) problems.push(`customer ${c.number}: credit ${c.creditCents} ≠ ${credit.get(c.id) ?? 0}`);
          if ((openCount.get(c.id) ?? 0) !== c.openInvoiceCount) problems.push(`customer ${c.number}: ${c.openInvoiceCount} open invoices ≠ ${openCount.get(c.id) ?? 0}`);
        });
        return problems;
      });
    },
  };
}

export type PaymentRepository = ReturnType<typeof paymentRepository>;
