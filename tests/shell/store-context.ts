import type { StoreContext } from '../../electron/store/api';
import { PINNED_INSTANT, TODAY } from './clock';

/** The context main sends with every store call, for tests that call the store directly: pinned, like the shell's clock. */
export function storeCtx(over: Partial<StoreContext> = {}): StoreContext {
  return {
    actor: over.actor ?? { user: 'Tester', now: new Date(PINNED_INSTANT).toISOString() },
    today: over.today ?? TODAY,
    scheme: over.scheme ?? 'rf',
    office: over.office ?? { country: 'NL', skipDirectDebit: true, language: 'en' },
  };
}
