import type { Translation } from '../translation';

export const bank: Translation['bank'] = {
  nav: 'Rapprochement bancaire',
  title: 'Rapprochement bancaire',
  intro: 'Sommes reçues qui n’ont pas pu être lettrées automatiquement. Choisissez les factures qu’elles paient, ou ignorez l’opération.',
  empty: 'Toutes les opérations bancaires sont lettrées.',
  entries: 'Opérations à lettrer',
  candidates: 'Suggestions',
  noCandidates: 'Aucune suggestion. Recherchez la facture.',
  open: 'Ouvert',
  reason: 'Pourquoi',
  search: 'Rechercher des factures ouvertes par numéro ou client',
  allocate: 'Affecter',
  allocated: '{{allocated}} affecté sur {{amount}}',
  rest: '{{amount}} reste en avoir du client',
  confirm: 'Comptabiliser le paiement',
  ignore: 'Ignorer l’opération',
  matched: 'Paiement comptabilisé pour {{customer}}',
  ignored: 'Opération ignorée',
  oneCustomer: 'Toutes les factures d’un paiement doivent appartenir au même client.',
  overAmount: 'Le montant affecté dépasse celui de l’opération.',
};
