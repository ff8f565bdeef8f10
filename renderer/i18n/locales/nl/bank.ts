import type { Translation } from '../translation';

export const bank: Translation['bank'] = {
  nav: 'Afletteren',
  title: 'Afletteren',
  intro: 'Ontvangen geld dat niet automatisch gekoppeld kon worden. Kies de facturen die ermee betaald zijn, of negeer de post.',
  empty: 'Alle bankposten zijn afgeletterd.',
  entries: 'Af te letteren posten',
  candidates: 'Voorstellen',
  noCandidates: 'Geen voorstellen. Zoek de factuur op.',
  open: 'Open',
  reason: 'Waarom',
  search: 'Zoek open facturen op nummer of klant',
  allocate: 'Toewijzen',
  allocated: '{{allocated}} van {{amount}} toegewezen',
  rest: '{{amount}} blijft als tegoed van de klant staan',
  confirm: 'Betaling boeken',
  ignore: 'Post negeren',
  matched: 'Betaling geboekt voor {{customer}}',
  ignored: 'Post genegeerd',
  oneCustomer: 'Alle facturen van één betaling moeten van dezelfde klant zijn.',
  overAmount: 'Er is meer toegewezen dan de post bevat.',
};
