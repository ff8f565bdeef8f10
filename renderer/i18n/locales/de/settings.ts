import type { Translation } from '../translation';

export const settings: Translation['settings'] = {
  title: 'Einstellungen',
  userName: 'Ihr Name',
  userNameHint: 'Wird als Urheber gespeichert, wenn Sie einen Datensatz anlegen oder ändern.',
  language: 'Sprache der App',
  theme: 'Darstellung',
  themes: { light: 'Hell', dark: 'Dunkel', auto: 'Systemeinstellung übernehmen' },
  lists: {
    title: 'Listen',
    profiles: 'Kundenprofile',
    profilesHint: 'Jedes Profil kann eigene Mahntexte haben, z. B. Standard, strategisch, schwieriger Zahler.',
    segments: 'Marktsegmente',
  },
  demo: {
    title: 'Demodaten',
    body: 'Testen Sie Debitum mit erfundenen Kunden und Rechnungen. Sie werden Ihren Daten hinzugefügt und lassen sich wie alle anderen löschen.',
    load: 'Demodaten laden',
    loaded: '{{customers}} Kunden und {{invoices}} Rechnungen hinzugefügt',
  },
  about: 'Version {{version}}',
};
