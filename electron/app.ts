import type { ChangeEvent } from '../shared/contract';
import { createHandlers, type MainDeps } from './ipc/handlers';
import { createRouter, type Dispatch } from './ipc/router';

export type MainApp = {
  dispatch: Dispatch;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  close(): Promise<void>;
};

/** The composition root of main, free of Electron: both the Electron shell and the test shell start it. */
export function createMainApp(deps: MainDeps): MainApp {
  const dispatch = createRouter(createHandlers(deps));
  return {
    dispatch,
    onChange: (listener) => deps.store.onChange((tables) => listener({ tables })),
    close: () => deps.store.close(),
  };
}
