import { demoCustomers, demoInvoices } from '../../bench/data/demo';
import { todayLocal } from '../../shared/domain/dates';
import type { SettingsStore } from '../services/settings';
import type { StoreClient } from '../services/store-client';
import type { Actor } from '../store/actor';
import type { Handlers } from './router';
import { MAX_ATTACHMENT_BYTES, sanitizeFileName } from '../../shared/domain/customer/attachment';
import { AppFailure, issue } from '../../shared/result';
import { type AttachmentFiles, type Platform, sha256Of } from '../services/files';
import { importService } from '../services/imports';

export type MainDeps = {
  store: StoreClient;
  settings: SettingsStore;
  version: string;
  shell: 'electron' | 'test';
  /** The business date "today"; a parameter so tests and screenshots can pin it. */
  today?: () => string;
  files: AttachmentFiles;
  platform: Platform;
};

export function createHandlers({ store, settings, version, shell, files, platform, today = () => todayLocal() }: MainDeps): Handlers {
  const actor = (): Actor => ({ user: settings.get().userName, now: new Date().toISOString() });
  const imports = importService(store, settings, actor);
  return {
    app: {
      info: async () => ({ version, shell }),
    },
    settings: {
      get: async () => settings.get(),
      update: async (patch) => settings.update(patch),
    },
    customers: {
      list: (q) => store.call('customers.list', q),
      get: ({ id }) => store.call('customers.get', id, today()),
      nextNumber: async () => ({ number: await store.call('customers.nextNumber') }),
      create: (fields) => store.call('customers.create', fields, actor()),
      update: ({ id, fields }) => store.call('customers.update', id, fields, actor()),
      setActive: ({ id, active }) => store.call('customers.setActive', id, active, actor()),
      delete: async ({ id }) => {
        const card = await store.call('customers.get', id, today());
        const result = await store.call('customers.delete', id, actor());
        // The records are gone; now the copies in the data folder can go too.
        await Promise.all(card.attachments.filter((a) => a.kind === 'file').map((a) => files.remove(a.target)));
        return result;
      },
      setEmails: ({ id, emails }) => store.call('customers.setEmails', id, emails, actor()),
      setDunningOverrides: ({ id, overrides }) => store.call('customers.setDunningOverrides', id, overrides, actor()),
      updateSettings: ({ id, settings: s }) => store.call('customers.updateSettings', id, s, actor()),
    },
    addresses: {
      add: ({ customerId, address }) => store.call('addresses.add', customerId, address, actor()),
      update: ({ id, address }) => store.call('addresses.update', id, address, actor()),
      makeHeadOffice: ({ id }) => store.call('addresses.makeHeadOffice', id, actor()),
      remove: ({ id }) => store.call('addresses.remove', id, actor()),
    },
    contacts: {
      add: ({ customerId, contact }) => store.call('contacts.add', customerId, contact, actor()),
      update: ({ id, contact }) => store.call('contacts.update', id, contact, actor()),
      setActive: ({ id, active }) => store.call('contacts.setActive', id, active, actor()),
      remove: ({ id }) => store.call('contacts.remove', id, actor()),
      tags: () => store.call('contacts.tags'),
      byTag: ({ kind, tag }) => store.call('contacts.byTag', kind, tag),
    },
    activities: {
      add: (input) => store.call('activities.add', input, actor()),
      setDone: ({ id, done }) => store.call('activities.setDone', id, done, actor()),
    },
    attachments: {
      async addFile({ customerId, name, contentBase64 }) {
        const bytes = Buffer.from(contentBase64, 'base64');
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
          throw new AppFailure('validation', 'file too large', [issue('file', 'errors.attachment.tooLarge', 'file too large')]);
        }
        const sha256 = sha256Of(bytes);
        const existing = await store.call('attachments.findByHash', customerId, sha256);
        if (existing) {
          throw new AppFailure('conflict', 'this file is already attached', [
            issue('file', 'errors.attachment.duplicate', 'this file is already attached', { name: existing.name }),
          ]);
        }
        const stored = await files.save(customerId, name, bytes, sha256);
        try {
          return await store.call('attachments.add', { customerId, kind: 'file', name: sanitizeFileName(name), target: stored, sizeBytes: bytes.length, sha256 }, actor());
        } catch (e) {
          await files.remove(stored);
          throw e;
        }
      },
      addLink: ({ customerId, name, url }) =>
        store.call('attachments.add', { customerId, kind: 'link', name: name || new URL(url).host, target: url, sizeBytes: null, sha256: null }, actor()),
      async open({ id }) {
        const a = await store.call('attachments.get', id);
        if (a.kind === 'link') await platform.openExternal(a.target);
        else await platform.openPath(files.pathOf(a.target));
        return { opened: a.name };
      },
      async remove({ id }) {
        const a = await store.call('attachments.remove', id);
        if (a.kind === 'file') await files.remove(a.target);
        return { id };
      },
    },
    invoices: {
      create: (input) => store.call('invoices.create', input, actor(), settings.get().referenceScheme),
      setDispute: ({ id, disputed, reason }) => store.call('invoices.setDispute', id, disputed, reason, actor()),
      setPromise: ({ id, date, note }) => store.call('invoices.setPromise', id, date, note, actor()),
      setNextAction: ({ id, date }) => store.call('invoices.setNextAction', id, date),
      get: ({ id }) => store.call('invoices.get', id, today()),
      comment: (input) => store.call('invoices.comment', input, actor()),
    },
    receivables: {
      list: (q) => store.call('receivables.list', q, today()),
    },
    payments: {
      add: (input) => store.call('payments.add', input, actor()),
      allocate: ({ creditId, allocations }) => store.call('payments.allocate', creditId, allocations, actor()),
      undo: ({ id }) => store.call('payments.undo', id, actor()),
      forCustomer: ({ customerId }) => store.call('payments.forCustomer', customerId),
    },
    imports: {
      preview: ({ files, csv, include }) => imports.preview(files, csv, include),
      commit: ({ previewId }) => imports.commit(previewId),
    },
    bank: {
      unmatched: () => store.call('bank.unmatched'),
      searchInvoices: ({ query, currency }) => store.call('bank.searchInvoices', query, currency),
      match: (m) => store.call('bank.match', m, actor()),
      ignore: ({ entryId }) => store.call('bank.ignore', entryId, actor()),
    },
    demo: {
      async load({ customers, invoicesPerCustomer }) {
        // A second load must not collide with the first, nor with the office's own numbers: both get a batch prefix.
        const empty = (await store.call('customers.list', { search: '', showInactive: true, sort: 'name', direction: 'asc', offset: 0, limit: 1 })).total === 0;
        const batch = empty ? '' : `D${Date.now().toString(36).toUpperCase()}-`;
        const seed = empty ? 1 : Date.now() % 100_000;
        const people = demoCustomers(customers, seed).map((c) => ({ ...c, number: `${batch}${c.number}` }));
        const invoices = demoInvoices(people.map((c) => c.number), invoicesPerCustomer, today(), seed).map((i) => ({
          ...i,
          number: `${batch}${i.number}`,
        }));
        return store.call('bulk.load', people, invoices, actor(), settings.get().referenceScheme);
      },
    },
  };
}
