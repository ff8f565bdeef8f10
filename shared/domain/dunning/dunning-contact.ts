import { type EmailBook, resolveRecipient } from '../customer/recipient';
import type { RoleKey } from '../customer/roles';

export type PostalAddress = { street: string; postcode: string; city: string; country: string };

/** Where a dunning detail came from, so the UI can say why it shows what it shows. */
export type DunningSource =
  | 'override'
  | 'reminder_address'
  | 'accounting_address'
  | 'standard_address'
  | 'accounting_contact'
  | 'customer_phone'
  | 'head_office'
  | 'none';

export type DunningField<T> = {
  value: T | null;
  source: DunningSource;
  overridden: boolean;
  /** what the field would be without the override */
  defaultValue: T | null;
  defaultSource: DunningSource;
};

export type DunningContact = {
  contactPerson: DunningField<string>;
  email: DunningField<string>;
  phone: DunningField<string>;
  address: DunningField<PostalAddress>;
};

/**
 * The fields the user set by hand. A present key wins even after the default changes; removing the key is
 * "reset to default". Stored as is, so the defaults keep following the customer's data underneath.
 */
export type DunningOverrides = Partial<{ contactPerson: string; email: string; phone: string; address: PostalAddress }>;

export type DunningSources = {
  emails: EmailBook;
  /** The customer's standard phone. */
  customerPhone: string;
  headOffice: PostalAddress | null;
  /** The first active contact with the role key 'accounting' (stored roles are keys, see customer/roles.ts), if any. */
  accountingContact: { name: string; email: string; phone: string } | null;
};

type Default<T> = { value: T; source: DunningSource };
const none = { value: null, source: 'none' } as const;

const text = (s: string | undefined): string | null => {
  const t = s?.trim() ?? '';
  return t === '' ? null : t;
};

// A street and a city are the least a letter needs; a head office stub with only a country cannot be posted to.
const postal = (a: PostalAddress | null | undefined): PostalAddress | null =>
  a && text(a.street) && text(a.city)
    ? { street: a.street.trim(), postcode: a.postcode.trim(), city: a.city.trim(), country: a.country.trim() }
    : null;

/** The first source in priority order that has a value. */
function firstOf<T>(...candidates: [T | null, DunningSource][]): Default<T> | typeof none {
  for (const [value, source] of candidates) if (value !== null) return { value, source };
  return none;
}

function field<T>(def: Default<T> | typeof none, override: T | null | undefined): DunningField<T> {
  // `undefined` is what Partial allows for "key absent"; any other override value counts, even one equal to the
  // default, so the field stays fixed if the default moves later.
  if (override === undefined) {
    return { value: def.value, source: def.source, overridden: false, defaultValue: def.value, defaultSource: def.source };
  }
  return { value: override, source: 'override', overridden: true, defaultValue: def.value, defaultSource: def.source };
}

/**
 * The dunning contact field by field: each field takes the user's override if there is one, else the first known
 * source in DOMAIN §1's order. Reminders not yet executed resolve this when they run, so a change reaches them.
 */
export function resolveDunningContact(sources: DunningSources, overrides: DunningOverrides): DunningContact {
  const contact = sources.accountingContact;
  const reminder = resolveRecipient(sources.emails, 'reminder');
  const viaSource = { purpose: 'reminder_address', accounting: 'accounting_address', standard: 'standard_address', none: 'none' } as const;

  // A blank override stays an override (deliberately nothing), it does not fall back to the default.
  const own = (s: string | undefined) => (s === undefined ? undefined : text(s));

  return {
    contactPerson: field(firstOf([text(contact?.name), 'accounting_contact']), own(overrides.contactPerson)),
    email: field(firstOf([reminder.address, viaSource[reminder.via]], [text(contact?.email), 'accounting_contact']), own(overrides.email)),
    phone: field(firstOf([text(contact?.phone), 'accounting_contact'], [text(sources.customerPhone), 'customer_phone']), own(overrides.phone)),
    address: field(firstOf([postal(sources.headOffice), 'head_office']), overrides.address === undefined ? undefined : postal(overrides.address)),
  };
}

type ContactLike = { name: string; roles: string[]; active: boolean; channels: { medium: 'phone' | 'mobile' | 'fax' | 'email'; value: string }[] };

/**
 * The contact whose details dunning defaults to. Its phone line comes before its mobile: an accounts department
 * is reached at its desk; the mobile is the fallback.
 */
export function accountingContactOf(contacts: ContactLike[]): DunningSources['accountingContact'] {
  const c = contacts.find((x) => x.active && x.roles.includes('accounting' satisfies RoleKey));
  if (!c) return null;
  const first = (medium: ContactLike['channels'][number]['medium']) => c.channels.find((ch) => ch.medium === medium && ch.value.trim() !== '')?.value.trim() ?? '';
  return { name: c.name.trim(), email: first('email'), phone: first('phone') || first('mobile') };
}

/** True when no channel at all is known, so a reminder could not reach the customer. */
export const isUnreachable = (d: DunningContact): boolean => !d.email.value && !d.phone.value && !d.address.value;
