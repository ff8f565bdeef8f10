import type { ActivityInput } from '../../../shared/domain/customer/activity';
import type { AddressInput } from '../../../shared/domain/customer/address';
import type { Attachment } from '../../../shared/domain/customer/attachment';
import type { ContactInput } from '../../../shared/domain/customer/contact';
import type { activityRepository } from '../activity/repository';
import type { addressRepository } from '../address/repository';
import type { attachmentRepository } from '../attachment/repository';
import type { contactRepository } from '../contact/repository';
import type { StoreChannels, StoreContext } from './context';

export const addressesStore = (addresses: ReturnType<typeof addressRepository>) =>
  ({
    add: ({ customerId, address }: { customerId: string; address: AddressInput }, { actor }) => addresses.add(customerId, address, actor),
    update: ({ id, address }: { id: string; address: AddressInput }, { actor }) => addresses.update(id, address, actor),
    makeHeadOffice: ({ id }, { actor }) => addresses.makeHeadOffice(id, actor),
    remove: ({ id }, { actor }) => addresses.remove(id, actor),
  }) satisfies StoreChannels<'addresses'>;

export const contactsStore = (contacts: ReturnType<typeof contactRepository>) =>
  ({
    add: ({ customerId, contact }: { customerId: string; contact: ContactInput }, { actor }) => contacts.add(customerId, contact, actor),
    update: ({ id, contact }: { id: string; contact: ContactInput }, { actor }) => contacts.update(id, contact, actor),
    setActive: ({ id, active }, { actor }) => contacts.setActive(id, active, actor),
    remove: ({ id }, { actor }) => contacts.remove(id, actor),
    tags: () => contacts.tags(),
    byTag: ({ kind, tag }) => contacts.byTag(kind, tag),
  }) satisfies StoreChannels<'contacts'>;

export const activitiesStore = (activities: ReturnType<typeof activityRepository>) =>
  ({
    add: (input: ActivityInput, { actor }) => activities.add(input, actor),
    setDone: ({ id, done }, { actor }) => activities.setDone(id, done, actor),
  }) satisfies StoreChannels<'activities'>;

/** Files are main's: it hashes and stores the bytes, the store keeps the record. Not contract channels, so typed here. */
export const attachmentsStore = (attachments: ReturnType<typeof attachmentRepository>) => ({
  findByHash: async ({ customerId, sha256 }: { customerId: string; sha256: string }) => (await attachments.findByHash(customerId, sha256)) ?? null,
  add: (record: Omit<Attachment, 'id' | 'createdAt' | 'createdBy'>, { actor }: StoreContext) => attachments.add(record, actor),
  get: ({ id }: { id: string }) => attachments.get(id),
  remove: ({ id }: { id: string }) => attachments.remove(id),
});
