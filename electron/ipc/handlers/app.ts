import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const appHandlers = ({ version, shell, clock }: HandlerDeps): Handlers['app'] => ({
  info: async () => ({ version, shell }),
  clock: async () => ({ today: clock.today(), now: clock.now(), timeZone: clock.timeZone }),
});

export const settingsHandlers = ({ settings, outbox }: HandlerDeps): Handlers['settings'] => ({
  get: async () => settings.get(),
  // A changed e-mail account or SMS gateway may let waiting messages go: the dispatcher looks at once.
  update: async (patch) => {
    const next = settings.update(patch);
    if (patch.mail || patch.sms) outbox.dispatcher.kick();
    return next;
  },
});
