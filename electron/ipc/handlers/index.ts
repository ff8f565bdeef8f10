import type { Handlers } from '../router';
import { appHandlers, settingsHandlers } from './app';
import { attachmentsHandlers } from './attachments';
import { activitiesHandlers, addressesHandlers, contactsHandlers, customersHandlers } from './customers';
import { demoHandlers } from './demo';
import { documentsHandlers } from './documents';
import { blocksHandlers, dunningHandlers, policiesHandlers } from './dunning';
import { handlerDeps, type MainDeps } from './deps';
import { bankHandlers, importsHandlers } from './imports';
import { invoicesHandlers, paymentsHandlers, receivablesHandlers } from './receivables';
import { mailHandlers, outboxHandlers, smsHandlers } from './outbox';
import type { OutboxServices } from '../../services/outbox';

export type { MainDeps } from './deps';

/** One handler module per area, merged; a channel without its handler fails the build. */
export function createHandlers(deps: MainDeps, outbox: OutboxServices): Handlers {
  const d = handlerDeps(deps, outbox);
  return {
    app: appHandlers(d),
    settings: settingsHandlers(d),
    customers: customersHandlers(d),
    addresses: addressesHandlers(d),
    contacts: contactsHandlers(d),
    activities: activitiesHandlers(d),
    attachments: attachmentsHandlers(d),
    invoices: invoicesHandlers(d),
    receivables: receivablesHandlers(d),
    payments: paymentsHandlers(d),
    imports: importsHandlers(d),
    bank: bankHandlers(d),
    dunning: dunningHandlers(d),
    blocks: blocksHandlers(d),
    policies: policiesHandlers(d),
    documents: documentsHandlers(d),
    outbox: outboxHandlers(d),
    mail: mailHandlers(d),
    sms: smsHandlers(d),
    demo: demoHandlers(d),
  } satisfies Handlers;
}
