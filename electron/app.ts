import type { ChangeEvent } from '../shared/contract';
import { createHandlers, type MainDeps } from './ipc/handlers';
import { contextOf } from './ipc/handlers/deps';
import { createRouter, type Dispatch } from './ipc/router';
import { outboxServices } from './services/outbox';
import { languageFromSystem } from '../shared/settings';

export type MainApp = {
  dispatch: Dispatch;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Finishes the message on the wire, then closes the store after its pending writes. */
  close(): Promise<void>;
  /** Stops main's background work at once, as a killed process would (the test shell's crash). */
  halt(): void;
};

/** The composition root of main, free of Electron: both the Electron shell and the test shell start it. */
export function createMainApp(deps: MainDeps): MainApp {
  // The first start speaks the system's language; from then on the one in Settings.
  if (deps.settings.firstStart) deps.settings.update({ language: languageFromSystem(deps.platform.systemLanguages()) });
  const outbox = outboxServices(deps, contextOf(deps));
  const dispatch = createRouter(createHandlers(deps, outbox));
  outbox.dispatcher.start();
  return {
    dispatch,
    onChange: (listener) => deps.store.onChange((tables) => listener({ tables })),
    async close() {
      await outbox.dispatcher.stop();
      await deps.store.close();
    },
    halt: () => outbox.dispatcher.halt(),
  };
}
