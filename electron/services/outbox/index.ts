import type { MainDeps } from '../../ipc/handlers/deps';
import type { StoreContext } from '../../store/api';
import { mailAccountOf } from './account';
import { outboxDispatcher } from './dispatcher';
import { emailTemplates } from './email';
import { microsoftAccount } from './microsoft';
import { outboxQueue } from './queue';
import { tokenStore } from './token-store';

/**
 * Main's outbox: the queue service that renders a run's e-mails, the dispatcher that sends them, and the account
 * they go out by (an SMTP password, or the Microsoft sign-in with its tokens).
 */
export function outboxServices(deps: MainDeps, ctx: () => StoreContext) {
  const templates = emailTemplates(deps.resourcesDir);
  const microsoft = microsoftAccount({ ...deps, tokens: tokenStore(deps.secrets) });
  const mailAccount = mailAccountOf({ ...deps, microsoftAccount: microsoft });
  // Also while Microsoft wants a new sign-in: the messages queued meanwhile go out by the same mailbox afterwards.
  const mailbox = async () => (await microsoft.status()).account || null;
  return {
    templates,
    microsoft,
    mailAccount,
    mailbox,
    queue: outboxQueue({ ...deps, ctx, templates, mailbox }),
    dispatcher: outboxDispatcher({ ...deps, ctx, mailAccount }, deps.dispatch),
  };
}

export type OutboxServices = ReturnType<typeof outboxServices>;
