export const settings = {
  title: 'Settings',
  userName: 'Your name',
  userNameHint: 'Recorded as who created or changed a record.',
  language: 'Language of the app',
  theme: 'Appearance',
  themes: { light: 'Light', dark: 'Dark', auto: 'Follow the system' },
  lists: {
    title: 'Lists',
    profiles: 'Customer profiles',
    profilesHint: 'Each profile can have its own dunning texts, e.g. standard, strategic, difficult payer.',
    segments: 'Market segments',
  },
  demo: {
    title: 'Demo data',
    body: 'Try Debitum with invented customers and invoices. They are added to your data and can be deleted like any other.',
    load: 'Load demo data',
    loaded: '{{customers}} customers and {{invoices}} invoices added',
  },
  about: 'Version {{version}}',
} as const;
