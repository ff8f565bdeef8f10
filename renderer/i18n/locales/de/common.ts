import type { Translation } from '../translation';

export const common: Translation['common'] = {
  openCalendar: 'Kalender öffnen',
  datePlaceholder: 'TT.MM.JJJJ',
  amountAmbiguous: 'Gelesen als {{amount}} – bitte prüfen, ob das gemeint ist',
  save: 'Speichern',
  cancel: 'Abbrechen',
  edit: 'Bearbeiten',
  delete: 'Löschen',
  close: 'Schließen',
  back: 'Zurück',
  yes: 'Ja',
  no: 'Nein',
  none: '—',
  loading: 'Wird geladen…',
  saved: 'Gespeichert',
  createdBy: 'Erstellt {{when}} von {{who}}',
  updatedBy: 'Zuletzt geändert {{when}} von {{who}}',
  discard: { title: 'Änderungen verwerfen?', body: 'Was Sie hier geändert haben, ist noch nicht gespeichert.', keep: 'Weiter bearbeiten', confirm: 'Änderungen verwerfen' },
  languages: { nl: 'Niederländisch', en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
};
