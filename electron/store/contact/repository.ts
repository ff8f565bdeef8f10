import { z } from 'zod';
import { type Channel, type Contact, type ContactInput, contactInputSchema } from '../../../shared/domain/customer/contact';
import { normalizePhone } from '../../../shared/domain/customer/phone';
import { AppFailure, type FieldIssue, issue } from '../../../shared/result';
import type { Actor } from '../actor';
import { audit } from '../audit';
import type { ContactRecord, DebitumDb } from '../db';
import { type ChangeSink, write } from '../write';
import { toContact } from './convert';

const email = z.email();

/** Phones become E.164 with the customer's country as default; e-mail addresses must be addresses. */
export function normalizeChannels(channels: Channel[], country: string): Channel[] {
  const problems: FieldIssue[] = [];
  const out = channels.map((c, i) => {
    if (c.medium === 'email') {
      const v = c.value.trim().toLowerCase();
      if (!email.safeParse(v).success) problems.push(issue(`channels.${i}.value`, 'errors.email', `${c.value} is not an e-mail address`));
      return { medium: c.medium, value: v };
    }
    const p = normalizePhone(c.value, country);
    if (!p.ok) {
      problems.push(issue(`channels.${i}.value`, p.key, `${c.value} is not a phone number`));
      return c;
    }
    return { medium: c.medium, value: p.e164 };
  });
  if (problems.length > 0) throw new AppFailure('validation', 'invalid channels', problems);
  return out;
}

export function contactRepository(db: DebitumDb, emit: ChangeSink) {
  const tables = ['contacts', 'audit'] as const;

  async function mustGet(id: string): Promise<ContactRecord> {
    const c = await db.contacts.get(id);
    if (!c) throw new AppFailure('not_found', `contact ${id} does not exist`);
    return c;
  }

  async function countryOf(customerId: string): Promise<string> {
    const c = await db.customers.get(customerId);
    if (!c) throw new AppFailure('not_found', `customer ${customerId} does not exist`);
    return c.country;
  }

  return {
    async add(customerId: string, input: ContactInput, actor: Actor): Promise<Contact> {
      const fields = contactInputSchema.parse(input);
      const record = await write(db, ['contacts', 'audit', 'customers'], emit, async () => {
        const channels = normalizeChannels(fields.channels, await countryOf(customerId));
        const r: ContactRecord = {
          ...fields,
          channels,
          roles: [...new Set(fields.roles)],
          keywords: [...new Set(fields.keywords)],
          id: crypto.randomUUID(),
          customerId,
          active: 1,
          createdAt: actor.now,
          createdBy: actor.user,
          updatedAt: actor.now,
          updatedBy: actor.user,
        };
        await db.contacts.add(r);
        await audit(db, actor, customerId, 'contact', r.id, null, r);
        return r;
      });
      return toContact(record);
    },

    async update(id: string, input: ContactInput, actor: Actor): Promise<Contact> {
      const fields = contactInputSchema.parse(input);
      const record = await write(db, ['contacts', 'audit', 'customers'], emit, async () => {
        const before = await mustGet(id);
        const channels = normalizeChannels(fields.channels, await countryOf(before.customerId));
        const r: ContactRecord = {
          ...before,
          ...fields,
          channels,
          roles: [...new Set(fields.roles)],
          keywords: [...new Set(fields.keywords)],
          updatedAt: actor.now,
          updatedBy: actor.user,
        };
        await db.contacts.put(r);
        await audit(db, actor, r.customerId, 'contact', id, before, r);
        return r;
      });
      return toContact(record);
    },

    async setActive(id: string, active: boolean, actor: Actor): Promise<Contact> {
      const record = await write(db, [...tables], emit, async () => {
        const before = await mustGet(id);
        const r: ContactRecord = { ...before, active: active ? 1 : 0, updatedAt: actor.now, updatedBy: actor.user };
        await db.contacts.put(r);
        await audit(db, actor, r.customerId, 'contact', id, { active: before.active === 1 }, { active });
        return r;
      });
      return toContact(record);
    },

    /**
     * Deletion cannot be undone. Records that name the contact keep its id; with the contact gone they read
     * "contact deleted". Invoices and sent documents keep their own copies and are not touched.
     */
    async remove(id: string, actor: Actor): Promise<{ id: string }> {
      await write(db, [...tables], emit, async () => {
        const before = await mustGet(id);
        await db.contacts.delete(id);
        await audit(db, actor, before.customerId, 'contact', id, before, null);
      });
      return { id };
    },

    async list(customerId: string): Promise<Contact[]> {
      const rows = await db.contacts.where('customerId').equals(customerId).toArray();
      return rows.sort((a, b) => a.name.localeCompare(b.name)).map(toContact);
    },

    /** Every role and keyword in use, for autocomplete. */
    async tags(): Promise<{ roles: string[]; keywords: string[] }> {
      const [roles, keywords] = await Promise.all([
        db.contacts.orderBy('roles').uniqueKeys(),
        db.contacts.orderBy('keywords').uniqueKeys(),
      ]);
      return { roles: roles.map(String), keywords: keywords.map(String) };
    },

    /** Contacts across all customers with a role or keyword, e.g. everyone with role "accounting". */
    async byTag(kind: 'role' | 'keyword', tag: string): Promise<(Contact & { customerName: string; customerNumber: string })[]> {
      const rows = await db.contacts.where(kind === 'role' ? 'roles' : 'keywords').equals(tag.trim().toLowerCase()).toArray();
      const customers = await db.customers.bulkGet([...new Set(rows.map((r) => r.customerId))]);
      const byId = new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c]));
      return rows
        .map((r) => ({ ...toContact(r), customerName: byId.get(r.customerId)?.name ?? '', customerNumber: byId.get(r.customerId)?.number ?? '' }))
        .sort((a, b) => a.customerName.localeCompare(b.customerName) || a.name.localeCompare(b.name));
    },
  };
}
