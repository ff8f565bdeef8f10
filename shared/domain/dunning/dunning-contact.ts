import type { Customer } from '../customer/customer';

export type PostalAddress = { street: string; postcode: string; city: string; country: string };

/** Where a dunning detail came from, so the UI can say why it shows what it shows. */
export type DunningSource = 'customer' | 'none';

export type DunningContact = {
  contactPerson: { value: string | null; source: DunningSource };
  email: { value: string | null; source: DunningSource };
  phone: { value: string | null; source: DunningSource };
  address: { value: PostalAddress | null; source: DunningSource };
};

const pick = (v: string): { value: string | null; source: DunningSource } =>
  v.trim() ? { value: v.trim(), source: 'customer' } : { value: null, source: 'none' };

/**
 * The dunning contact as far as the customer card knows it: its standard e-mail and phone and its head-office
 * address. Contacts, purpose-bound addresses and per-field overrides refine this later; the shape stays.
 */
export function defaultDunningContact(c: Pick<Customer, 'email' | 'phone' | 'street' | 'postcode' | 'city' | 'country'>): DunningContact {
  const hasAddress = c.street.trim() !== '' && c.city.trim() !== '';
  return {
    contactPerson: { value: null, source: 'none' },
    email: pick(c.email),
    phone: pick(c.phone),
    address: hasAddress
      ? { value: { street: c.street, postcode: c.postcode, city: c.city, country: c.country }, source: 'customer' }
      : { value: null, source: 'none' },
  };
}

/** True when no channel at all is known, so a reminder could not reach the customer. */
export const isUnreachable = (d: DunningContact): boolean => !d.email.value && !d.phone.value && !d.address.value;
