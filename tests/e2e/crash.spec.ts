import { expect, test } from '../shell/fixtures';
import { UI_ORIGIN } from '../shell/shell';

const trusted = { trusted: true, url: UI_ORIGIN };
const everything = { search: '', showInactive: true, sort: 'number', direction: 'asc', offset: 0, limit: 1 } as const;

test('killing the store host mid-way through a 10k-customer bulk write leaves all of it or none of it', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  let finished = false;
  const load = shell.main.dispatch('demo.load', { customers: 10_000, invoicesPerCustomer: 5 }, trusted).then(() => (finished = true));
  // The write of 10k customers and 50k invoices takes seconds; 400 ms in, it is under way but not committed.
  await new Promise((r) => setTimeout(r, 400));
  shell.kill();
  void load;
  expect(finished, 'the load finished before the kill; the test would prove nothing').toBe(false);

  const after = await launch({ withUi: false });
  const customers = await after.main.dispatch('customers.list', everything, trusted);
  expect(customers.ok).toBe(true);
  const total = customers.ok ? (customers.value as { total: number }).total : -1;
  expect([0, 10_000]).toContain(total);
  test.info().annotations.push({ type: 'after kill', description: `${total} customers present` });

  // The store is usable after the crash: a new load goes through and balances agree.
  const loaded = await after.main.dispatch('demo.load', { customers: 20, invoicesPerCustomer: 2 }, trusted);
  expect(loaded).toMatchObject({ ok: true, value: { customers: 20, invoices: 40 } });
  expect(await after.store.call('integrity.balances')).toEqual([]);
});
