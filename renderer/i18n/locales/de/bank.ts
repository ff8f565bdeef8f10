import type { Translation } from '../translation';

export const bank: Translation['bank'] = {
  nav: 'Zahlungszuordnung',
  title: 'Zahlungszuordnung',
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
