import type { Translation } from '../translation';

export const bank: Translation['bank'] = {
  // A soft hyphen: in the 220 px menu the word breaks as "Zahlungs-zuordnung" instead of being cut off.
  nav: 'Zahlungs\u00ADzuordnung',
  title: 'Zahlungs\u00ADzuordnung',
  intro: 'Zahlungseingänge, die nicht automatisch zugeordnet werden konnten. Wählen Sie die Rechnungen, die damit bezahlt wurden, oder ignorieren Sie die Buchung.',
  empty: 'Alle Kontobuchungen sind zugeordnet.',
  entries: 'Zuzuordnende Buchungen',
  candidates: 'Vorschläge',
  noCandidates: 'Keine Vorschläge. Suchen Sie die Rechnung.',
  open: 'Offen',
  reason: 'Warum',
  search: 'Offene Rechnungen nach Nummer oder Kunde suchen',
  allocate: 'Zuordnen',
  allocated: '{{allocated}} von {{amount}} zugeordnet',
  rest: '{{amount}} bleibt als Guthaben des Kunden',
  confirm: 'Zahlung buchen',
  ignore: 'Buchung ignorieren',
  matched: 'Zahlung für {{customer}} gebucht',
  ignored: 'Buchung ignoriert',
  oneCustomer: 'Alle Rechnungen einer Zahlung müssen zu einem Kunden gehören.',
  overAmount: 'Es ist mehr zugeordnet, als die Buchung enthält.',
};
