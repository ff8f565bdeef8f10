import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export const appHandlers = ({ version, shell, clock }: HandlerDeps): Handlers['app'] => ({
  info: async () => ({ version, shell }),
  clock: async () => ({ today: clock.today(), now: clock.now(), timeZone: clock.timeZone }),
});

export const settingsHandlers = ({ settings }: HandlerDeps): Handlers['settings'] => ({
  get: async () => settings.get(),
  update: async (patch) => settings.update(patch),
});
