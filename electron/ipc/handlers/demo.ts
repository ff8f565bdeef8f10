import { demoCustomers, demoInvoices } from '../../services/demo-data';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const demoHandlers = ({ store, clock, ctx }: HandlerDeps): Handlers['demo'] => ({
  async load({ customers, invoicesPerCustomer }) {
    // A second load must not collide with the first, nor with the office's own numbers: both get a batch prefix.
    const c = ctx();
    const empty = (await store.call('customers.list', { search: '', showInactive: true, sort: 'name', direction: 'asc', offset: 0, limit: 1 })).total === 0;
    const loadedAt = Date.parse(clock.now());
    const batch = empty ? '' : `D${loadedAt.toString(36).toUpperCase()}-`;
    const seed = empty ? 1 : loadedAt % 100_000;
    const people = demoCustomers(customers, seed).map((p) => ({ ...p, number: `${batch}${p.number}` }));
    const invoices = demoInvoices(people.map((p) => p.number), invoicesPerCustomer, c.today, seed).map((i) => ({ ...i, number: `${batch}${i.number}` }));
    return store.call('bulk.load', { customers: people, invoices }, c);
  },
});
