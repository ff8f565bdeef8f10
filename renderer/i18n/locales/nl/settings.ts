import type { Translation } from '../translation';

export const settings: Translation['settings'] = {
  title: 'Instellingen',
  userName: 'Uw naam',
  userNameHint: 'Wordt vastgelegd als degene die een gegeven heeft aangemaakt of gewijzigd.',
  language: 'Taal van de app',
  theme: 'Weergave',
  themes: { light: 'Licht', dark: 'Donker', auto: 'Systeeminstelling volgen' },
  lists: {
    title: 'Lijsten',
    profiles: 'Klantprofielen',
    profilesHint: 'Elk profiel kan eigen aanmaningsteksten hebben, bijv. standaard, strategisch, moeilijke betaler.',
    segments: 'Marktsegmenten',
  },
  demo: {
    title: 'Demogegevens',
    body: 'Probeer Debitum uit met verzonnen klanten en facturen. Ze worden aan uw gegevens toegevoegd en kunnen net als alle andere worden verwijderd.',
    load: 'Demogegevens laden',
    loaded: '{{customers}} klanten en {{invoices}} facturen toegevoegd',
  },
  about: 'Versie {{version}}',
};
