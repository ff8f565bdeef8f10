import Dexie, { type EntityTable } from 'dexie';
import type { Customer } from '../../shared/domain/customer/customer';
import { isOverCreditLimit } from '../../shared/domain/customer/customer';
import type { Invoice } from '../../shared/domain/invoice/invoice';
import type { Activity } from '../../shared/domain/customer/activity';
import type { Address } from '../../shared/domain/customer/address';
import type { Attachment } from '../../shared/domain/customer/attachment';
import type { AuditEntry } from '../../shared/domain/customer/audit';
import type { Contact } from '../../shared/domain/customer/contact';
import type { Allocation, Credit } from '../../shared/domain/payment/credit';
import type { BankEntry } from '../../shared/domain/bank/bank-entry';
import type { DossierEntry } from '../../shared/domain/invoice/dossier';
import type { ImportRecord } from '../../shared/domain/import/import-record';
import type { Block, Delivery, Reminder, RunReminder, RunReview, RunSummary } from '../../shared/domain/dunning/records';
import type { DunningPolicy } from '../../shared/domain/dunning/policy';
import type { DunningText } from '../../shared/domain/dunning/texts';
import type { RateTableId } from '../../shared/domain/dunning/statutory/rates';
import type { SentBy } from '../../shared/domain/dunning/statutory/receipt';
import { bankEntryId, keyTransactions } from '../../shared/domain/bank/transaction-key';
import type { OutboxMessage } from '../../shared/domain/outbox/message';
import { digestOf } from './dunning/draft';
import { normalizeRole } from '../../shared/domain/customer/roles';

/**
 * A customer as stored. IndexedDB cannot index booleans or null, so `active` is 0/1 and the credit limit has a
 * sortable twin; the *Key fields are accent-free sort keys and `searchWords` feeds the multi-entry search index.
 */
export type CustomerRecord = Omit<Customer, 'active'> & {
  active: 0 | 1;
  nameKey: string;
  cityKey: string;
  creditLimitSort: number;
  searchWords: string[];
  /** 1 when the open balance exceeds the credit limit; indexed for the over-limit report. Since v2. */
  overLimit: 0 | 1;
};

export type InvoiceRecord = Invoice;
export type AddressRecord = Omit<Address, 'isHeadOffice'> & { isHeadOffice: 0 | 1 };
export type ContactRecord = Omit<Contact, 'active'> & { active: 0 | 1 };
export type ActivityRecord = Activity;
export type AttachmentRecord = Attachment;
export type AuditRecord = AuditEntry;
export type CreditRecord = Credit;
export type AllocationRecord = Allocation;
export type DossierRecord = DossierEntry;
export type ImportRecordRow = ImportRecord;
export type BankEntryRecord = BankEntry;

/**
 * A dunning run. A draft holds its proposal and the review's changes; executing it writes the reminders and marks it
 * executed. The proposal is kept whole so a draft survives a restart as the user left it. Since v8.
 */
/**
 * A dunning run: the draft under review, or one executed or discarded. Since v10 it keeps its proposal as a digest
 * (what the user reviewed, to tell later what changed) and the figures of its summary; the reminders an executed run
 * issued are in `reminders`.
 */
export type RunRecord = RunSummary & {
  review: RunReview;
  /** The reviewed proposal, a line per reminder (id, total, number of invoices, customer): see dunning/draft.ts. */
  digest: string;
  /** Counts up with every save of the draft: the proposal the store host holds in memory is of one revision. */
  rev: number;
};

/** A run as v8 and v9 stored it: with its whole proposal. */
type RunRecordV8 = Omit<RunRecord, 'digest' | 'rev' | 'reminderCount' | 'leftOutCount' | 'totals'> & {
  reminders: RunReminder[];
  leftOut: unknown[];
  basis: Record<string, number>;
};

export type ReminderRecord = Reminder;

/**
 * One invoice's part in a reminder: the facts the run engine reads back (level reached, delivery, what it charged).
 * Slim, so the store host keeps all of them in memory next to the open invoices. `level` is null for an invoice a
 * statement only listed. Since v8.
 */
export type ReminderItemRecord = {
  id: string;
  reminderId: string;
  invoiceId: string;
  customerId: string;
  runDate: string;
  level: number | null;
  attempt: number;
  state: 'to_deliver' | 'delivered' | 'failed';
  deliveredOn: string | null;
  sentBy: SentBy;
  statutoryCostsCents: number;
  feeCents: number;
  fourteenDayLetter: boolean;
};

export type DeliveryRecord = Delivery;
export type BlockRecord = Block;
export type PolicyRecord = DunningPolicy & { updatedAt: string; updatedBy: string };
/** An office's own text for language × level × profile; without one the shipped text applies. Since v8. */
export type TextRecord = DunningText & { id: string; language: string; levelId: string; profile: string; updatedAt: string; updatedBy: string };
/** A statutory rate the office added (a new half-year's rate), on top of the shipped tables. Since v8. */
export type RateRecord = { id: string; table: RateTableId; from: string; pct: string; addedAt: string; addedBy: string };

/** An outbox message as stored: its state and what the lists show. Since v9. */
export type OutboxRecord = OutboxMessage;
/**
 * A message's final content, apart from the list's rows so lists never read it: an e-mail's .eml (7-bit MIME text,
 * since v9), or an SMS's text (an unindexed field, so SMS needed no new schema version).
 */
export type OutboxBodyRecord = { id: string; eml: string } | { id: string; text: string };

export type DebitumDb = Dexie & {
  customers: EntityTable<CustomerRecord, 'id'>;
  invoices: EntityTable<InvoiceRecord, 'id'>;
  addresses: EntityTable<AddressRecord, 'id'>;
  contacts: EntityTable<ContactRecord, 'id'>;
  activities: EntityTable<ActivityRecord, 'id'>;
  attachments: EntityTable<AttachmentRecord, 'id'>;
  audit: EntityTable<AuditRecord, 'id'>;
  credits: EntityTable<CreditRecord, 'id'>;
  allocations: EntityTable<AllocationRecord, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
  dossier: EntityTable<DossierRecord, 'id'>;
  imports: EntityTable<ImportRecordRow, 'id'>;
  bankEntries: EntityTable<BankEntryRecord, 'id'>;
  runs: EntityTable<RunRecord, 'id'>;
  reminders: EntityTable<ReminderRecord, 'id'>;
  reminderItems: EntityTable<ReminderItemRecord, 'id'>;
  deliveries: EntityTable<DeliveryRecord, 'id'>;
  blocks: EntityTable<BlockRecord, 'id'>;
  policies: EntityTable<PolicyRecord, 'id'>;
  texts: EntityTable<TextRecord, 'id'>;
  rates: EntityTable<RateRecord, 'id'>;
  outbox: EntityTable<OutboxRecord, 'id'>;
  outboxBodies: EntityTable<OutboxBodyRecord, 'id'>;
};

/** Small named values of the whole database, such as the sequence behind generated payment references. */
export type MetaRecord = { key: string; value: number };

export const DB_NAME = 'debitum';

/**
 * Schema versions. A released version is never edited: add a new version with its own upgrade function.
 * Each `storesVn` is the complete schema of that version so a reader sees it whole.
 */

// v1 — 2026-11-23: customers with list/sort/search indexes; invoices by number and by customer and status. Every
// index costs writes (~60% on 200k invoices), so an index is added with the query that needs it.
export const storesV1 = {
  customers:
    'id, &number, *searchWords, nameKey, cityKey, openBalanceCents, creditLimitSort, [active+number], [active+nameKey], [active+cityKey], [active+openBalanceCents], [active+creditLimitSort]',
  invoices: 'id, &number, [customerId+status]',
};

// v2 — 2026-11-23: customers gain an indexed over-limit flag, derived from balance and limit.
export const storesV2 = {
  ...storesV1,
  customers: `${storesV1.customers}, overLimit`,
};

// v3 — 2026-11-23: the full customer card. Addresses (the customer's street/postcode/city become a mirror of its
// head office), contacts with roles and keywords indexed across customers, activities, attachments, and an audit
// trail; customers gain purpose-bound e-mail addresses, dunning-contact overrides and dunning settings.
export const storesV3 = {
  ...storesV2,
  addresses: 'id, customerId',
  contacts: 'id, customerId, *roles, *keywords',
  activities: 'id, customerId, invoiceId, contactId',
  attachments: 'id, customerId, [customerId+sha256]',
  audit: 'id, [customerId+at]',
};

// v4 — 2026-11-23: payments and credit notes ("credits") and their allocations to invoices; invoices gain their
// payment reference, dispute, promise to pay and next action; a meta table keeps sequences. A credit's dedupe key
// is unique (an import never books the same bank entry twice); customers gain the unallocated credit they hold.
export const storesV4 = {
  ...storesV3,
  credits: 'id, customerId, &dedupeKey, date',
  allocations: 'id, creditId, invoiceId',
  // Invoices gain a structured payment reference (indexed: bank imports match on it), dispute and promise fields.
  invoices: `${storesV3.invoices}, paymentReference.value`,
  meta: 'key',
};

// v5 — 2026-11-23: the per-invoice dossier; confirmed imports by file hash (the same file never imports twice);
// bank statement entries with their matching state (unmatched ones wait for manual matching). Customers gain the
// bank accounts they paid from (indexed: matching by counterparty IBAN) and an index on the VAT number (imports
// match buyers by it). Invoices need no new index: the receivables screen filters an in-memory copy.
export const storesV5 = {
  ...storesV4,
  customers: `${storesV4.customers}, *ibans, vatNumber`,
  dossier: 'id, invoiceId, customerId',
  imports: 'id, &sha256, at',
  bankEntries: 'id, &entryKey, state, importId',
};

// v6 — 2026-12-02: a bank entry is known by what the transaction is, not by the statement that brought it: its
// entry key becomes account, booking date, currency, direction, amount, counterparty account, end-to-end id or
// reference and position among identical ones (shared/domain/bank/transaction-key.ts), and its id derives from that
// key. Bank entries gain value date, counterparty BIC and end-to-end id, and an index on [accountIban+bookingDate]:
// an import looks up the entries of its days there to find the same transaction in another format.
export const storesV6 = {
  ...storesV5,
  bankEntries: `${storesV5.bankEntries}, [accountIban+bookingDate]`,
};

// v7 — 2026-12-02: invoices keep what was open when they entered the ledger (initialOpenCents), so an invoice
// imported partly paid can be checked against its allocations like any other. No index changes.
export const storesV7 = storesV6;

// v8 — 2026-12-02: dunning. Policies, texts and rates the office edited (the shipped ones apply otherwise); runs (a
// draft under review, executed ones); reminders with their frozen snapshot, the slim per-invoice items the engine
// reads back, and deliveries (append-only: a reminder's state is its latest); dunning blocks per invoice or customer.
// Invoices gain their dunning figures (level, times reminded, last reminded), customers a chosen policy and a
// direct-debit flag. The run engine reads everything from memory, so only the overview's filters are indexed.
export const storesV8 = {
  ...storesV7,
  runs: 'id, state, runDate',
  reminders: 'id, runId, customerId, state, channel',
  reminderItems: 'id, reminderId, invoiceId',
  deliveries: 'id, reminderId',
  blocks: 'id, targetId, customerId',
  policies: 'id',
  texts: 'id',
  rates: 'id',
};

// v9 — 2026-12-09: the outbox. A message per reminder × channel × attempt (its id derives from them), with its
// state; its content (.eml) in a table of its own, so the Outbox screen never reads megabytes. The dispatcher claims
// the next due message through [state+dueAt]; a reminder's messages are found by reminderId, a run's by runId.
// Only new tables: no existing record changes, so there is no upgrade function (e-mail reminders issued before v9
// wait for delivery as they did, and the Outbox screen offers to queue them).
export const storesV9 = {
  ...storesV8,
  outbox: 'id, [state+dueAt], reminderId, runId',
  outboxBodies: 'id',
};

// v10 — 2026-12-02: a run keeps a digest of its proposal and its summary figures instead of the whole proposal (a
// draft of 30,000 reminders took half a second to save at every review step; the store host computes the reminders
// again from memory when the review shows them). No index changes; the upgrade rewrites every run.
export const storesV10 = storesV9;

// v11 — 2026-12-02: contact roles are stable keys shown in the reader's language (shared/domain/customer/roles.ts).
// A role typed before in any language or case ("boekhouding", "Buchhaltung", "comptabilité") becomes its key, so an
// accounting contact fills the dunning contact again; a role the app does not know stays as the office typed it.
// The *roles index follows the records; no index changes.
export const storesV11 = storesV10;

export function openDb(name = DB_NAME): DebitumDb {
  // Financial writes must survive a power cut, so every transaction waits for the disk ('strict').
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DebitumDb;
  db.version(1).stores(storesV1);
  db.version(2).stores(storesV2).upgrade(upgradeToV2);
  db.version(3).stores(storesV3).upgrade(upgradeToV3);
  db.version(4).stores(storesV4).upgrade(upgradeToV4);
  db.version(5).stores(storesV5).upgrade(upgradeToV5);
  db.version(6).stores(storesV6).upgrade(upgradeToV6);
  db.version(7).stores(storesV7).upgrade(upgradeToV7);
  db.version(8).stores(storesV8).upgrade(upgradeToV8);
  db.version(9).stores(storesV9);
  db.version(10).stores(storesV10).upgrade(upgradeToV10);
  db.version(11).stores(storesV11).upgrade(upgradeToV11);
  return db;
}

async function upgradeToV2(tx: import('dexie').Transaction): Promise<void> {
  await tx
    .table<CustomerRecord>('customers')
    .toCollection()
    .modify((c) => {
      c.overLimit = isOverCreditLimit(c) ? 1 : 0;
    });
}

async function upgradeToV3(tx: import('dexie').Transaction): Promise<void> {
  const addresses: AddressRecord[] = [];
  await tx
    .table<CustomerRecord>('customers')
    .toCollection()
    .modify((c) => {
      c.purposeEmails = {};
      c.accountingEmail = '';
      c.dunningOverrides = {};
      c.profile = 'standard';
      c.segments = [];
      c.dunningPausedUntil = null;
      c.excludeFromDunning = false;
      if (c.street.trim() || c.city.trim()) {
        addresses.push({
          id: crypto.randomUUID(),
          customerId: c.id,
          kind: 'visiting',
          street: c.street,
          postcode: c.postcode,
          city: c.city,
          country: c.country,
          isHeadOffice: 1,
          createdAt: c.createdAt,
          createdBy: c.createdBy,
          updatedAt: c.updatedAt,
          updatedBy: c.updatedBy,
        });
      }
    });
  await tx.table<AddressRecord>('addresses').bulkAdd(addresses);
}

async function upgradeToV4(tx: import('dexie').Transaction): Promise<void> {
  await tx
    .table<InvoiceRecord>('invoices')
    .toCollection()
    .modify((i) => {
      i.paymentReference = null;
      i.disputed = false;
      i.disputeReason = '';
      i.disputedAt = null;
      i.promisedDate = null;
      i.promiseNote = '';
      i.nextActionDate = null;
    });
  await tx
    .table<CustomerRecord>('customers')
    .toCollection()
    .modify((c) => {
      c.creditCents = 0;
    });
}

async function upgradeToV5(tx: import('dexie').Transaction): Promise<void> {
  await tx
    .table<CustomerRecord>('customers')
    .toCollection()
    .modify((c) => {
      c.ibans = [];
    });
}

/**
 * Re-keys every bank entry by its transaction and gives it the id that derives from the key. Entries imported
 * before kept no end-to-end id, so their keys use the structured reference; the same transaction imported again
 * with its end-to-end id then shows as a possible duplicate for the user to decide. Nothing refers to a bank
 * entry's id, so the records are replaced.
 */
async function upgradeToV6(tx: import('dexie').Transaction): Promise<void> {
  const table = tx.table<BankEntryRecord, string>('bankEntries');
  const old = (await table.toArray()) as Omit<BankEntryRecord, 'valueDate' | 'counterpartyBic' | 'endToEndId'>[];
  // Entries in booking order, so identical ones of a day are numbered as a file would number them.
  const entries = old
    .map((e) => ({ ...e, valueDate: null, counterpartyBic: '', endToEndId: '' }))
    .sort((a, b) => a.bookingDate.localeCompare(b.bookingDate) || a.entryKey.localeCompare(b.entryKey));
  keyTransactions(entries);
  await table.clear();
  await table.bulkAdd(entries.map((e) => ({ ...e, id: bankEntryId(e.entryKey) })));
}

/** What was open at the start is what is open now plus everything allocated since: the maintained figures agreed. */
async function upgradeToV7(tx: import('dexie').Transaction): Promise<void> {
  const allocated = new Map<string, number>();
  await tx.table<AllocationRecord>('allocations').each((a) => allocated.set(a.invoiceId, (allocated.get(a.invoiceId) ?? 0) + a.amountCents));
  await tx
    .table<InvoiceRecord>('invoices')
    .toCollection()
    .modify((i) => {
      i.initialOpenCents = i.openCents + (allocated.get(i.id) ?? 0);
    });
}

/** Nothing was reminded before v8, and every customer starts on the default policy of its country and kind. */
async function upgradeToV8(tx: import('dexie').Transaction): Promise<void> {
  await tx
    .table<InvoiceRecord>('invoices')
    .toCollection()
    .modify((i) => {
      i.dunningLevel = 0;
      i.timesReminded = 0;
      i.lastRemindedOn = null;
    });
  await tx
    .table<CustomerRecord>('customers')
    .toCollection()
    .modify((c) => {
      c.dunningPolicyId = null;
      c.directDebit = false;
    });
}

async function upgradeToV10(tx: import('dexie').Transaction): Promise<void> {
  const runs = tx.table('runs');
  const old = (await runs.toArray()) as RunRecordV8[];
  await runs.bulkPut(
    old.map(({ reminders, leftOut, basis: _basis, ...run }): RunRecord => {
      const totals: Record<string, number> = {};
      for (const r of reminders) totals[r.currency] = (totals[r.currency] ?? 0) + r.totalCents;
      return { ...run, reminderCount: reminders.length, leftOutCount: leftOut.length, totals, digest: digestOf(reminders), rev: 0 };
    }),
  );
}

/** Each stored role as the input now stores it: a known role as its key, the same role twice as one. */
async function upgradeToV11(tx: import('dexie').Transaction): Promise<void> {
  await tx
    .table<ContactRecord>('contacts')
    .toCollection()
    .modify((c) => {
      c.roles = [...new Set(c.roles.map(normalizeRole))];
    });
}
