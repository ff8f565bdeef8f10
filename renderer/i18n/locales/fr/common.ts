import type { Translation } from '../translation';

export const common: Translation['common'] = {
  openCalendar: 'Ouvrir le calendrier',
  datePlaceholder: 'jj/mm/aaaa',
  amountAmbiguous: 'Lu comme {{amount}} — vérifiez que c’est bien ce que vous vouliez',
  save: 'Enregistrer',
  cancel: 'Annuler',
  edit: 'Modifier',
  delete: 'Supprimer',
  close: 'Fermer',
  back: 'Retour',
  yes: 'Oui',
  no: 'Non',
  none: '—',
  loading: 'Chargement…',
  saved: 'Enregistré',
  createdBy: 'Créé {{when}} par {{who}}',
  updatedBy: 'Dernière modification {{when}} par {{who}}',
  discard: { title: 'Abandonner les modifications ?', body: 'Ce que vous avez modifié ici n’est pas encore enregistré.', keep: 'Continuer à modifier', confirm: 'Abandonner les modifications' },
  languages: { nl: 'Néerlandais', en: 'Anglais', de: 'Allemand', fr: 'Français' },
};
