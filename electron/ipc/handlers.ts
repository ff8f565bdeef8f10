import { demoCustomers, demoInvoices } from '../../bench/data/demo';
import { todayLocal } from '../../shared/domain/dates';
import type { SettingsStore } from '../services/settings';
import type { StoreClient } from '../services/store-client';
import type { Actor } from '../store/actor';
import type { Handlers } from './router';

export type MainDeps = {
  store: StoreClient;
  settings: SettingsStore;
  version: string;
  shell: 'electron' | 'test';
  /** The business date "today"; a parameter so tests and screenshots can pin it. */
  today?: () => string;
};

export function createHandlers({ store, settings, version, shell, today = () => todayLocal() }: MainDeps): Handlers {
  const actor = (): Actor => ({ user: settings.get().userName, now: new Date().toISOString() });
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
      delete: ({ id }) => store.call('customers.delete', id),
    },
    invoices: {
      create: (input) => store.call('invoices.create', input, actor()),
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
        return store.call('bulk.load', people, invoices, actor());
      },
    },
  };
}
