import type { Address, AddressInput } from '../../../shared/domain/customer/address';
import { addressInputSchema } from '../../../shared/domain/customer/address';
import { AppFailure, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import { audit } from '../audit';
import type { AddressRecord, CustomerRecord, DebitumDb } from '../db';
import type { CustomerSearchIndex } from '../customer/search-index';
import { withDerived } from '../customer/repository';
import { type ChangeSink, write } from '../write';
import { toAddress } from './convert';

/**
 * The customer keeps a copy of its head office (street, postcode, city) for the list's City column and for
 * letters; it is refreshed here, in the same transaction as every head-office change.
 */
async function mirrorHeadOffice(db: DebitumDb, customerId: string, actor: Actor): Promise<CustomerRecord> {
  const customer = await db.customers.get(customerId);
  if (!customer) throw new AppFailure('not_found', `customer ${customerId} does not exist`);
  const head = (await db.addresses.where('customerId').equals(customerId).toArray()).find((a) => a.isHeadOffice === 1);
  const next = withDerived({
    ...customer,
    street: head?.street ?? '',
    postcode: head?.postcode ?? '',
    city: head?.city ?? '',
    updatedAt: actor.now,
    updatedBy: actor.user,
  });
  await db.customers.put(next);
  return next;
}

export function addressRepository(db: DebitumDb, emit: ChangeSink, index: CustomerSearchIndex) {
  const tables = ['customers', 'addresses', 'audit'] as const;

  async function mustGet(id: string): Promise<AddressRecord> {
    const a = await db.addresses.get(id);
    if (!a) throw new AppFailure('not_found', `address ${id} does not exist`);
    return a;
  }

  return {
    /** The first address of a customer becomes its head office. */
    async add(customerId: string, input: AddressInput, actor: Actor): Promise<Address> {
      const fields = addressInputSchema.parse(input);
      const [record, customer] = await write(db, [...tables], emit, async () => {
        if (!(await db.customers.get(customerId))) throw new AppFailure('not_found', `customer ${customerId} does not exist`);
        const first = (await db.addresses.where('customerId').equals(customerId).count()) === 0;
        const r: AddressRecord = {
          ...fields,
          id: crypto.randomUUID(),
          customerId,
          isHeadOffice: first ? 1 : 0,
          createdAt: actor.now,
          createdBy: actor.user,
          updatedAt: actor.now,
          updatedBy: actor.user,
        };
        await db.addresses.add(r);
        await audit(db, actor, customerId, 'address', r.id, null, r);
        return [r, first ? await mirrorHeadOffice(db, customerId, actor) : null] as const;
      });
      if (customer) index.put([customer]);
      return toAddress(record);
    },

    async update(id: string, input: AddressInput, actor: Actor): Promise<Address> {
      const fields = addressInputSchema.parse(input);
      const [record, customer] = await write(db, [...tables], emit, async () => {
        const before = await mustGet(id);
        const r: AddressRecord = { ...before, ...fields, updatedAt: actor.now, updatedBy: actor.user };
        await db.addresses.put(r);
        await audit(db, actor, r.customerId, 'address', id, before, r);
        return [r, r.isHeadOffice ? await mirrorHeadOffice(db, r.customerId, actor) : null] as const;
      });
      if (customer) index.put([customer]);
      return toAddress(record);
    },

    async makeHeadOffice(id: string, actor: Actor): Promise<Address> {
      const [record, customer] = await write(db, [...tables], emit, async () => {
        const target = await mustGet(id);
        for (const a of await db.addresses.where('customerId').equals(target.customerId).toArray()) {
          const isHead = a.id === id ? 1 : 0;
          if (a.isHeadOffice !== isHead) {
            await db.addresses.put({ ...a, isHeadOffice: isHead, updatedAt: actor.now, updatedBy: actor.user });
            await audit(db, actor, a.customerId, 'address', a.id, { isHeadOffice: a.isHeadOffice === 1 }, { isHeadOffice: isHead === 1 });
          }
        }
        return [{ ...target, isHeadOffice: 1 as const }, await mirrorHeadOffice(db, target.customerId, actor)] as const;
      });
      index.put([customer]);
      return toAddress(record);
    },

    /** The head office can only go once another address has been made head office. */
    async remove(id: string, actor: Actor): Promise<{ id: string }> {
      await write(db, [...tables], emit, async () => {
        const a = await mustGet(id);
        if (a.isHeadOffice === 1) {
          const others = await db.addresses.where('customerId').equals(a.customerId).count();
          throw new AppFailure('conflict', 'the head office cannot be removed', [
            issue('id', others > 1 ? 'errors.address.headOfficeChooseOther' : 'errors.address.headOfficeOnly', 'the head office cannot be removed'),
          ]);
        }
        await db.addresses.delete(id);
        await audit(db, actor, a.customerId, 'address', id, a, null);
      });
      return { id };
    },

    async list(customerId: string): Promise<Address[]> {
      const rows = await db.addresses.where('customerId').equals(customerId).toArray();
      return rows.sort((a, b) => b.isHeadOffice - a.isHeadOffice || a.createdAt.localeCompare(b.createdAt)).map(toAddress);
    },
  };
}
