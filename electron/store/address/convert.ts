import type { Address } from '../../../shared/domain/customer/address';
import type { AddressRecord } from '../db';

export const toAddress = (r: AddressRecord): Address => ({ ...r, isHeadOffice: r.isHeadOffice === 1 });
