import type { Translation } from '../translation';

export const settings: Translation['settings'] = {
  title: 'Paramètres',
  userName: 'Votre nom',
  userNameHint: 'Enregistré comme auteur de la création ou de la modification d’une fiche.',
  language: 'Langue de l’application',
  theme: 'Apparence',
  themes: { light: 'Clair', dark: 'Sombre', auto: 'Suivre le système' },
  lists: {
    title: 'Listes',
    profiles: 'Profils clients',
    profilesHint: 'Chaque profil peut avoir ses propres textes de rappel, p. ex. standard, stratégique, mauvais payeur.',
    segments: 'Segments de marché',
  },
  demo: {
    title: 'Données de démonstration',
    body: 'Essayez Debitum avec des clients et des factures fictifs. Ils sont ajoutés à vos données et peuvent être supprimés comme les autres.',
    load: 'Charger les données de démonstration',
    loaded: '{{customers}} clients et {{invoices}} factures ajoutés',
  },
  about: 'Version {{version}}',
};
