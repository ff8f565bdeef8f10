import type { MainDeps } from '../../ipc/handlers/deps';
import type { StoreContext } from '../../store/api';
import { outboxDispatcher } from './dispatcher';
import { emailTemplates } from './email';
import { outboxQueue } from './queue';

/** Main's outbox: the queue service that renders a run's e-mails, and the dispatcher that sends them. */
export function outboxServices(deps: MainDeps, ctx: () => StoreContext) {
  const templates = emailTemplates(deps.resourcesDir);
  return {
    templates,
    queue: outboxQueue({ ...deps, ctx, templates }),
    dispatcher: outboxDispatcher({ ...deps, ctx }, deps.dispatch),
  };
}

export type OutboxServices = ReturnType<typeof outboxServices>;
