import { demoCustomers } from '../../electron/services/demo-data';
import { expect, test, TODAY } from '../shell/fixtures';
import { UI_ORIGIN } from '../shell/shell';
import { storeCtx } from '../shell/store-context';

const actor = { user: 'Tester', now: '2026-11-23T09:00:00.000Z' };
const later = { user: 'Other', now: '2026-11-23T10:00:00.000Z' };

test('head office: the first address, switchable, never removed while it is the head office; the list city follows', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const c = await store.call('customers.create', { ...demoCustomers(1, 21)[0]!, number: 'A1', street: '', postcode: '', city: '', country: 'NL' }, storeCtx({ actor }));
  const first = await store.call('addresses.add', { customerId: c.id, address: { kind: 'visiting', street: 'Oudegracht 1', postcode: '3511ab', city: 'Utrecht', country: 'NL' } }, storeCtx({ actor }));
  expect(first).toMatchObject({ isHeadOffice: true, postcode: '3511 AB' });
  await expect(store.call('addresses.remove', { id: first.id }, storeCtx({ actor }))).rejects.toMatchObject({ code: 'conflict', issues: [{ key: 'errors.address.headOfficeOnly' }] });

  const second = await store.call('addresses.add', { customerId: c.id, address: { kind: 'postal', street: 'Postbus 12', postcode: '1000 AA', city: 'Amsterdam', country: 'NL' } }, storeCtx({ actor }));
  expect(second.isHeadOffice).toBe(false);
  await expect(store.call('addresses.remove', { id: first.id }, storeCtx({ actor }))).rejects.toMatchObject({ issues: [{ key: 'errors.address.headOfficeChooseOther' }] });

  await store.call('addresses.makeHeadOffice', { id: second.id }, storeCtx({ actor: later }));
  const card = await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }));
  expect(card.addresses.map((a) => [a.city, a.isHeadOffice])).toEqual([['Amsterdam', true], ['Utrecht', false]]);
  expect(card.customer.city).toBe('Amsterdam');
  const row = await store.call('customers.list', { search: 'A1', showInactive: false, sort: 'name', direction: 'asc', offset: 0, limit: 5 });
  expect(row.rows[0]!.city).toBe('Amsterdam');
  await store.call('addresses.remove', { id: first.id }, storeCtx({ actor: later }));
  expect((await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }))).addresses).toHaveLength(1);
});

test('a deleted contact leaves the activities that named it readable; the history records who did what', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const c = await store.call('customers.create', { ...demoCustomers(1, 22)[0]!, number: 'B1', country: 'BE', postcode: '1000', phone: '' }, storeCtx({ actor }));
  const jan = await store.call('contacts.add', { customerId: c.id, contact: { name: 'Jan Peeters', roles: ['Accounting'], channels: [{ medium: 'phone', value: '02 123 45 67' }, { medium: 'email', value: 'Jan@Example.be' }] } }, storeCtx({ actor }));
  expect(jan.channels).toEqual([{ medium: 'phone', value: '+3221234567' }, { medium: 'email', value: 'jan@example.be' }]);
  expect(jan.roles).toEqual(['accounting']);
  const call = await store.call('activities.add', { customerId: c.id, kind: 'note', text: 'Promised to pay next week', contactId: jan.id }, storeCtx({ actor }));

  await store.call('contacts.remove', { id: jan.id }, storeCtx({ actor: later }));
  const card = await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }));
  expect(card.contacts).toEqual([]);
  expect(card.activities[0]).toMatchObject({ id: call.id, contactId: jan.id, text: 'Promised to pay next week' });
  expect(card.history.map((h) => [h.entity, h.field, h.by])).toContainEqual(['contact', 'deleted', 'Other']);
  expect(card.history.map((h) => [h.entity, h.field])).toContainEqual(['contact', 'created']);
});

test('a change and its audit entries commit together; a refused change writes neither', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const [a, b] = demoCustomers(2, 23);
  const one = await store.call('customers.create', { ...a!, number: 'C1', name: 'Eén BV' }, storeCtx({ actor }));
  await store.call('customers.create', { ...b!, number: 'C2' }, storeCtx({ actor }));
  await store.call('customers.update', { id: one.id, fields: { ...a!, number: 'C1', name: 'Eén Holding BV', paymentTermsDays: 14 } }, storeCtx({ actor: later }));
  let history = (await store.call('customers.get', { id: one.id }, storeCtx({ today: TODAY }))).history;
  expect(history.filter((h) => h.at === later.now).map((h) => [h.field, h.oldValue, h.newValue, h.by])).toEqual(
    expect.arrayContaining([
      ['name', 'Eén BV', 'Eén Holding BV', 'Other'],
      ['paymentTermsDays', String(a!.paymentTermsDays), '14', 'Other'],
    ]),
  );
  const before = history.length;
  await expect(store.call('customers.update', { id: one.id, fields: { ...a!, number: 'C2', name: 'Clash' } }, storeCtx({ actor: later }))).rejects.toMatchObject({ code: 'validation' });
  history = (await store.call('customers.get', { id: one.id }, storeCtx({ today: TODAY }))).history;
  expect(history).toHaveLength(before);
  expect((await store.call('customers.get', { id: one.id }, storeCtx({ today: TODAY }))).customer.name).toBe('Eén Holding BV');
});

test('contacts are found across customers by role; a bad phone names its row and saves nothing', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const [a, b] = demoCustomers(2, 24);
  const x = await store.call('customers.create', { ...a!, number: 'D1', name: 'Alpha' }, storeCtx({ actor }));
  const y = await store.call('customers.create', { ...b!, number: 'D2', name: 'Beta' }, storeCtx({ actor }));
  await store.call('contacts.add', { customerId: x.id, contact: { name: 'Anna', roles: ['accounting'], keywords: ['newsletter'] } }, storeCtx({ actor }));
  await store.call('contacts.add', { customerId: y.id, contact: { name: 'Bram', roles: ['accounting', 'owner'] } }, storeCtx({ actor }));
  await store.call('contacts.add', { customerId: y.id, contact: { name: 'Cor', roles: ['sales'] } }, storeCtx({ actor }));
  expect((await store.call('contacts.byTag', { kind: 'role', tag: 'Accounting' })).map((c) => [c.customerName, c.name])).toEqual([['Alpha', 'Anna'], ['Beta', 'Bram']]);
  expect(await store.call('contacts.tags')).toEqual({ roles: ['accounting', 'owner', 'sales'], keywords: ['newsletter'] });
  await expect(
    store.call('contacts.add', { customerId: x.id, contact: { name: 'Broken', channels: [{ medium: 'email', value: 'ok@example.nl' }, { medium: 'mobile', value: '12' }] } }, storeCtx({ actor })),
  ).rejects.toMatchObject({ code: 'validation', issues: [{ field: 'channels.1.value', key: 'errors.phone.invalid' }] });
  expect((await store.call('customers.get', { id: x.id }, storeCtx({ today: TODAY }))).contacts.map((c) => c.name)).toEqual(['Anna']);
});

test('the dunning contact: prefilled in order, an override survives a change of its default, the rest follow', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const c = await store.call('customers.create', { ...demoCustomers(1, 25)[0]!, number: 'E1', country: 'NL', email: 'info@e1.nl', phone: '' }, storeCtx({ actor }));
  let d = (await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }))).dunningContact;
  expect(d.email).toMatchObject({ value: 'info@e1.nl', source: 'standard_address', overridden: false });

  await store.call('contacts.add', { customerId: c.id, contact: { name: 'Els Visser', roles: ['accounting'], channels: [{ medium: 'phone', value: '030 123 4567' }] } }, storeCtx({ actor }));
  await store.call('customers.setEmails', { id: c.id, emails: { standard: 'info@e1.nl', accounting: 'boekhouding@e1.nl', purpose: {} } }, storeCtx({ actor }));
  d = (await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }))).dunningContact;
  expect(d.contactPerson).toMatchObject({ value: 'Els Visser', source: 'accounting_contact' });
  expect(d.email).toMatchObject({ value: 'boekhouding@e1.nl', source: 'accounting_address' });
  expect(d.phone).toMatchObject({ value: '+31301234567', source: 'accounting_contact' });

  await store.call('customers.setDunningOverrides', { id: c.id, overrides: { email: 'aanmaningen@e1.nl' } }, storeCtx({ actor }));
  await store.call('customers.setEmails', { id: c.id, emails: { standard: 'info@e1.nl', accounting: 'finance@e1.nl', purpose: { reminder: '' } } }, storeCtx({ actor }));
  d = (await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }))).dunningContact;
  expect(d.email).toMatchObject({ value: 'aanmaningen@e1.nl', source: 'override', overridden: true, defaultValue: 'finance@e1.nl' });
  expect(d.contactPerson.value).toBe('Els Visser');

  await store.call('customers.setDunningOverrides', { id: c.id, overrides: {} }, storeCtx({ actor }));
  d = (await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }))).dunningContact;
  expect(d.email).toMatchObject({ value: 'finance@e1.nl', overridden: false });
});

test('attached files land in the data folder once; a duplicate is refused; removing deletes the copy', async ({ launch, profileDir }) => {
  const shell = await launch({ withUi: false });
  const trusted = { trusted: true, url: UI_ORIGIN };
  const c = await shell.store.call('customers.create', { ...demoCustomers(1, 26)[0]!, number: 'F1' }, storeCtx({ actor }));
  const content = Buffer.from('Contract Zoë Çelik — 2026').toString('base64');
  const added = await shell.main.dispatch('attachments.addFile', { customerId: c.id, name: '../../etc/Contract: 2026?.pdf', contentBase64: content }, trusted);
  expect(added, JSON.stringify(added)).toMatchObject({ ok: true, value: { name: 'Contract_ 2026_.pdf', kind: 'file', sizeBytes: Buffer.from('Contract Zoë Çelik — 2026').length } });
  const dup = await shell.main.dispatch('attachments.addFile', { customerId: c.id, name: 'copy.pdf', contentBase64: content }, trusted);
  expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', details: { issues: [{ key: 'errors.attachment.duplicate' }] } } });

  const { existsSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const stored = added.ok ? (added.value as { target: string; id: string }) : null;
  const file = path.join(profileDir, 'attachments', stored!.target);
  expect(readFileSync(file, 'utf8')).toBe('Contract Zoë Çelik — 2026');
  await shell.main.dispatch('attachments.open', { id: stored!.id }, trusted);
  expect(shell.opened).toEqual([file]);
  await shell.main.dispatch('attachments.remove', { id: stored!.id }, trusted);
  expect(existsSync(file)).toBe(false);
  expect((await shell.store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }))).attachments).toEqual([]);
});
