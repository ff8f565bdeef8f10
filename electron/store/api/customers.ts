import type { customerRepository } from '../customer/repository';
import type { StoreChannels } from './context';

export const customersStore = (customers: ReturnType<typeof customerRepository>) =>
  ({
    list: (q) => customers.list(q),
    get: ({ id }, { today }) => customers.get(id, today),
    nextNumber: async () => ({ number: await customers.nextNumber() }),
    create: (fields, { actor }) => customers.create(fields, actor),
    update: ({ id, fields }, { actor }) => customers.update(id, fields, actor),
    setActive: ({ id, active }, { actor }) => customers.setActive(id, active, actor),
    delete: ({ id, creditOpen }, { actor, today }) => customers.delete(id, actor, creditOpen && { reason: creditOpen.reason, date: today }),
    setEmails: ({ id, emails }, { actor }) => customers.setEmails(id, emails, actor),
    setDunningOverrides: ({ id, overrides }, { actor }) => customers.setDunningOverrides(id, overrides, actor),
    updateSettings: ({ id, settings }, { actor }) => customers.updateSettings(id, settings, actor),
  }) satisfies StoreChannels<'customers'>;
