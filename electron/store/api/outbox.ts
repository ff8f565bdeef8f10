import type { NewMessage, OutboxChannel, SendOutcome } from '../../../shared/domain/outbox/message';
import type { OutboxRepository } from '../outbox/repository';
import type { StoreChannels, StoreContext } from './context';

/** The outbox's store calls: the list the UI reads as it is, and what main's queue service and dispatcher ask. */
export const outboxStore = (outbox: OutboxRepository) => ({
  ...({ list: (q) => outbox.list(q) } satisfies StoreChannels<'outbox', 'list'>),
  plan: ({ runId }: { runId: string }) => outbox.plan(runId),
  queue: ({ messages }: { messages: NewMessage[] }, { actor }: StoreContext) => outbox.queue(messages, actor),
  get: ({ id }: { id: string }) => outbox.get(id),
  again: ({ id }: { id: string }) => outbox.again(id),
  due: ({ channel }: { channel: OutboxChannel }, { actor }: StoreContext) => outbox.due(actor.now, channel),
  eml: ({ id }: { id: string }) => outbox.eml(id),
  step: (input: { outcomes: SendOutcome[]; claim: number; channel: OutboxChannel }, ctx: StoreContext) => outbox.step(input, ctx),
  recover: (_input: Record<string, never>, { actor }: StoreContext) => outbox.recover(actor),
  retry: ({ ids }: { ids: string[] }, { actor }: StoreContext) => outbox.retry(ids, actor),
  cancel: ({ ids }: { ids: string[] }, { actor }: StoreContext) => outbox.cancel(ids, actor),
  markSent: ({ id }: { id: string }, ctx: StoreContext) => outbox.markSent(id, ctx),
  resend: ({ id, message }: { id: string; message: NewMessage }, { actor }: StoreContext) => outbox.resend(id, message, actor),
});
