export const app = {
  name: 'Debitum',
  nav: { customers: 'Customers', receivables: 'Receivables', settings: 'Settings' },
  themeToggle: 'Switch between light and dark',
} as const;
