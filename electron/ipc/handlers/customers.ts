import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const customersHandlers = ({ forward, store, files, ctx }: HandlerDeps): Handlers['customers'] => ({
  ...forward('customers', ['list', 'get', 'nextNumber', 'create', 'update', 'setActive', 'setEmails', 'setDunningOverrides', 'updateSettings']),
  async delete(input) {
    const c = ctx();
    const card = await store.call('customers.get', { id: input.id }, c);
    const result = await store.call('customers.delete', input, c);
    // The records are gone; now the copies in the data folder can go too.
    await Promise.all(card.attachments.filter((a) => a.kind === 'file').map((a) => files.remove(a.target)));
    return result;
  },
});

export const addressesHandlers = ({ forward }: HandlerDeps): Handlers['addresses'] => forward('addresses', ['add', 'update', 'makeHeadOffice', 'remove']);

export const contactsHandlers = ({ forward }: HandlerDeps): Handlers['contacts'] => forward('contacts', ['add', 'update', 'setActive', 'remove', 'tags', 'byTag']);

export const activitiesHandlers = ({ forward }: HandlerDeps): Handlers['activities'] => forward('activities', ['add', 'setDone']);
