import type { Translation } from '../translation';

export const app: Translation['app'] = {
  name: 'Debitum',
  nav: { customers: 'Klanten', receivables: 'Openstaande posten', settings: 'Instellingen' },
  themeToggle: 'Wisselen tussen licht en donker',
};
