import { createContext, useContext } from 'react';

export type CustomerTab = 'contact' | 'dunning' | 'financial' | 'settings';
export type DunningTab = 'run' | 'reminders' | 'calls' | 'blocks';

/** Where the user is. Small enough for a state value; the app has no URLs a user would type. */
export type View =
  | { area: 'customers' }
  | { area: 'customer'; id: string; tab: CustomerTab }
  | { area: 'receivables' }
  | { area: 'settings' }
  | { area: 'imports' }
  | { area: 'matching' }
  | { area: 'dunning'; tab: DunningTab }
  | { area: 'outbox' };

export const NavigationContext = createContext<{ view: View; go(view: View): void }>({ view: { area: 'customers' }, go: () => {} });
export const useNavigation = () => useContext(NavigationContext);
