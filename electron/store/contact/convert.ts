import type { Contact } from '../../../shared/domain/customer/contact';
import type { ContactRecord } from '../db';

export const toContact = (r: ContactRecord): Contact => ({ ...r, active: r.active === 1 });
