import type { Actor } from '../../electron/store/actor';
import type { StoreContext } from '../../electron/store/api';
import type { ReferenceScheme } from '../../shared/domain/payment/reference';
import { PINNED_INSTANT, TODAY } from './clock';

/** The context main sends with every store call, for tests that call the store directly: pinned, like the shell's clock. */
export function storeCtx(over: { actor?: Actor; today?: string; scheme?: ReferenceScheme } = {}): StoreContext {
  return { actor: over.actor ?? { user: 'Tester', now: new Date(PINNED_INSTANT).toISOString() }, today: over.today ?? TODAY, scheme: over.scheme ?? 'rf' };
}
