import type { Translation } from '../translation';

export const app: Translation['app'] = {
  name: 'Debitum',
  nav: { customers: 'Clients', receivables: 'Créances', settings: 'Paramètres' },
  themeToggle: 'Basculer entre clair et sombre',
};
