import type { Area, Contract } from '../../../shared/contract';
import type { Clock } from '../../services/clock';
import type { AttachmentFiles, Platform } from '../../services/files';
import type { DispatcherOptions } from '../../services/outbox/dispatcher';
import type { MicrosoftEndpoints } from '../../services/outbox/microsoft';
import type { SecretStore } from '../../services/secrets';
import type { SettingsStore } from '../../services/settings';
import type { LetterFiles } from '../../services/documents/letter-files';
import type { LetterFonts } from '../../services/documents/fonts';
import type { StoreClient } from '../../services/store-client';
import type { StoreApi, StoreArea, StoreContext, StoreMethod } from '../../store/api';
import type { StoreChannel } from '../../store/api/context';
import type { Handlers } from '../router';
import type { OutboxServices } from '../../services/outbox';

export type MainDeps = {
  store: StoreClient;
  settings: SettingsStore;
  version: string;
  shell: 'electron' | 'test';
  /** The business clock: every "today" and every who/when stamp; the test shell pins it. */
  clock: Clock;
  files: AttachmentFiles;
  platform: Platform;
  /** Where letters are kept, and the fonts they embed (loaded once, on the first letter). */
  letters: { files: LetterFiles; fonts: () => Promise<LetterFonts> };
  /** The keeper of the SMTP password and the Microsoft tokens: safeStorage in the product, memory in the test shell. */
  secrets: SecretStore;
  /** The app's data folder (the logo, the .eml files opened from the outbox). */
  dataDir: string;
  /** Fonts and e-mail templates: resources/ in scripts and tests, dist/resources in the app. */
  resourcesDir: string;
  /** How often the outbox dispatcher looks for due messages, and how long it waits on the SMTP server. */
  dispatch: DispatcherOptions;
  /** Microsoft's sign-in and SMTP servers: MICROSOFT_ENDPOINTS in the product, servers on 127.0.0.1 in tests. */
  microsoft: MicrosoftEndpoints;
};

/** The channels of an area whose store method takes exactly the contract's input: main passes them through. */
type Forwardable<A extends Area & StoreArea> = {
  [N in keyof Contract[A] & keyof StoreApi[A]]: StoreApi[A][N] extends StoreChannel<Contract[A][N]> ? N : never;
}[keyof Contract[A] & keyof StoreApi[A]];

export type HandlerDeps = MainDeps & {
  outbox: OutboxServices;
  /** Who acts, today and the office's scheme, read fresh for every call. */
  ctx(): StoreContext;
  /** Handlers that hand the validated input and the context to the store method of the same name. */
  forward<A extends Area & StoreArea, N extends Forwardable<A>>(area: A, names: readonly N[]): Pick<Handlers[A], N>;
};

/** Who acts, today and the office's scheme, read fresh for every call. */
export function contextOf(deps: MainDeps): () => StoreContext {
  return () => {
    const s = deps.settings.get();
    return {
      actor: { user: s.userName, now: deps.clock.now() },
      today: deps.clock.today(),
      scheme: s.referenceScheme,
      office: { country: s.officeCountry, skipDirectDebit: s.skipDirectDebit, language: s.language },
    };
  };
}

export function handlerDeps(deps: MainDeps, outbox: OutboxServices): HandlerDeps {
  const ctx = contextOf(deps);
  const call = deps.store.call as unknown as (method: StoreMethod, input: unknown, ctx: StoreContext) => Promise<unknown>;
  return {
    ...deps,
    outbox,
    ctx,
    forward(area, names) {
      const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
      for (const name of names) handlers[String(name)] = (input) => call(`${area}.${String(name)}` as StoreMethod, input, ctx());
      return handlers as never;
    },
  };
}
