import type { Translation } from '../translation';

export const app: Translation['app'] = {
  name: 'Debitum',
  nav: { customers: 'Kunden', receivables: 'Offene Posten', settings: 'Einstellungen' },
  themeToggle: 'Zwischen hell und dunkel wechseln',
};
