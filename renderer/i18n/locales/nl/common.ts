import type { Translation } from '../translation';

export const common: Translation['common'] = {
  openCalendar: 'Kalender openen',
  datePlaceholder: 'dd-mm-jjjj',
  amountAmbiguous: 'Gelezen als {{amount}} — controleer of u dit bedoelt',
  save: 'Opslaan',
  cancel: 'Annuleren',
  edit: 'Bewerken',
  delete: 'Verwijderen',
  close: 'Sluiten',
  back: 'Terug',
  yes: 'Ja',
  no: 'Nee',
  none: '—',
  loading: 'Laden…',
  saved: 'Opgeslagen',
  createdBy: 'Aangemaakt {{when}} door {{who}}',
  updatedBy: 'Laatst gewijzigd {{when}} door {{who}}',
  discard: { title: 'Wijzigingen weggooien?', body: 'Wat u hier hebt gewijzigd, is nog niet opgeslagen.', keep: 'Verder bewerken', confirm: 'Wijzigingen weggooien' },
  languages: { nl: 'Nederlands', en: 'Engels', de: 'Duits', fr: 'Frans' },
};
