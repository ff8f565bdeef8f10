import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const dunningHandlers = ({ forward, store, ctx, outbox }: HandlerDeps): Handlers['dunning'] => ({
  ...forward('dunning', ['overview', 'runs', 'handover', 'propose', 'refresh', 'review', 'discard', 'runReminders', 'runLeftOut', 'reminders', 'markDelivered', 'recordCall', 'customer', 'setCustomer']),
  /**
   * An executed run's e-mails go to the outbox right away. Queuing is a step of its own: when it cannot be done (the
   * company details lack what a letter needs), the run stays executed and the Outbox screen lists its e-mails as not
   * queued, with the reason, and queues them once the details are there.
   */
  async execute(input) {
    const result = await store.call('dunning.execute', input, ctx());
    if (result.outcome === 'executed') {
      await outbox.queue.run(input.runId).then(
        () => outbox.dispatcher.kick(),
        () => undefined,
      );
    }
    return result;
  },
});

export const blocksHandlers = ({ forward }: HandlerDeps): Handlers['blocks'] => forward('blocks', ['list', 'add', 'lift']);

export const policiesHandlers = ({ forward }: HandlerDeps): Handlers['policies'] =>
  forward('policies', ['list', 'save', 'remove', 'texts', 'saveText', 'resetText', 'rates', 'addRate']);
