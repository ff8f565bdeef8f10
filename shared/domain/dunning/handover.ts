import type { Language } from '../customer/customer';
import type { DossierKind } from '../invoice/dossier';
import type { HandoverRow } from './records';

const columns = ['customerNumber', 'customer', 'vatNumber', 'contact', 'email', 'phone', 'street', 'postcode', 'city', 'country', 'invoice', 'invoiceDate', 'dueDate', 'currency', 'amount', 'open', 'handedOverOn', 'reminders', 'dossier'] as const;
type Column = (typeof columns)[number];

/** The file goes to the agency as the office writes it: headers in the office's language. */
const headers: Record<Language, Record<Column, string>> = {
  nl: { customerNumber: 'Klantnummer', customer: 'Debiteur', vatNumber: 'Btw-nummer', contact: 'Contactpersoon', email: 'E-mail', phone: 'Telefoon', street: 'Adres', postcode: 'Postcode', city: 'Plaats', country: 'Land', invoice: 'Factuur', invoiceDate: 'Factuurdatum', dueDate: 'Vervaldatum', currency: 'Valuta', amount: 'Bedrag', open: 'Openstaand', handedOverOn: 'Overgedragen op', reminders: 'Aanmaningen', dossier: 'Dossier' },
  en: { customerNumber: 'Customer number', customer: 'Debtor', vatNumber: 'VAT number', contact: 'Contact person', email: 'E-mail', phone: 'Phone', street: 'Address', postcode: 'Postcode', city: 'City', country: 'Country', invoice: 'Invoice', invoiceDate: 'Invoice date', dueDate: 'Due date', currency: 'Currency', amount: 'Amount', open: 'Open', handedOverOn: 'Handed over on', reminders: 'Reminders', dossier: 'Dossier' },
  de: { customerNumber: 'Kundennummer', customer: 'Schuldner', vatNumber: 'USt-IdNr.', contact: 'Ansprechpartner', email: 'E-Mail', phone: 'Telefon', street: 'Anschrift', postcode: 'PLZ', city: 'Ort', country: 'Land', invoice: 'Rechnung', invoiceDate: 'Rechnungsdatum', dueDate: 'Fällig am', currency: 'Währung', amount: 'Betrag', open: 'Offen', handedOverOn: 'Übergeben am', reminders: 'Mahnungen', dossier: 'Verlauf' },
  fr: { customerNumber: 'N° client', customer: 'Débiteur', vatNumber: 'N° TVA', contact: 'Contact', email: 'E-mail', phone: 'Téléphone', street: 'Adresse', postcode: 'Code postal', city: 'Localité', country: 'Pays', invoice: 'Facture', invoiceDate: 'Date de facture', dueDate: 'Échéance', currency: 'Devise', amount: 'Montant', open: 'Solde', handedOverOn: 'Transmis le', reminders: 'Rappels', dossier: 'Dossier' },
};

type Word = HandoverRow['reminders'][number]['channel'] | HandoverRow['reminders'][number]['state'] | DossierKind;

const words: Record<Language, Record<Word, string>> = {
  nl: { email: 'e-mail', post: 'post', email_and_post: 'e-mail en post', email_or_post: 'e-mail of post', sms: 'sms', phone: 'telefoon', to_deliver: 'te versturen', delivered: 'bezorgd', failed: 'mislukt', comment: 'notitie', dispute: 'betwisting', promise: 'betalingsbelofte', payment: 'betaling', import: 'import', reminder: 'aanmaning', letter: 'brief', call: 'gesprek', correction: 'correctie', reversal: 'terugboeking' },
  en: { email: 'e-mail', post: 'post', email_and_post: 'e-mail and post', email_or_post: 'e-mail or post', sms: 'SMS', phone: 'phone', to_deliver: 'to deliver', delivered: 'delivered', failed: 'failed', comment: 'note', dispute: 'dispute', promise: 'promise to pay', payment: 'payment', import: 'import', reminder: 'reminder', letter: 'letter', call: 'call', correction: 'correction', reversal: 'reversal' },
  de: { email: 'E-Mail', post: 'Post', email_and_post: 'E-Mail und Post', email_or_post: 'E-Mail oder Post', sms: 'SMS', phone: 'Telefon', to_deliver: 'zu versenden', delivered: 'zugestellt', failed: 'fehlgeschlagen', comment: 'Notiz', dispute: 'Einwand', promise: 'Zahlungszusage', payment: 'Zahlung', import: 'Import', reminder: 'Mahnung', letter: 'Brief', call: 'Anruf', correction: 'Korrektur', reversal: 'Stornierung' },
  fr: { email: 'e-mail', post: 'courrier', email_and_post: 'e-mail et courrier', email_or_post: 'e-mail ou courrier', sms: 'SMS', phone: 'téléphone', to_deliver: 'à envoyer', delivered: 'remis', failed: 'échec', comment: 'note', dispute: 'contestation', promise: 'promesse de paiement', payment: 'paiement', import: 'import', reminder: 'rappel', letter: 'lettre', call: 'appel', correction: 'correction', reversal: 'extourne' },
};

/** An amount as a spreadsheet in that language reads it: 1234,50 in nl, de and fr; 1234.50 in en. No grouping. */
export function csvAmount(cents: number, language: Language): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = `${Math.floor(abs / 100)}${language === 'en' ? '.' : ','}${String(abs % 100).padStart(2, '0')}`;
  return sign + units;
}

/** A date as the office writes it: 02-12-2026 in nl, 02.12.2026 in de, 02/12/2026 in fr, 2026-12-02 in en. */
export function csvDate(date: string, language: Language): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  if (language === 'en') return date.slice(0, 10);
  return [d, m, y].join(language === 'de' ? '.' : language === 'fr' ? '/' : '-');
}

function cells(r: HandoverRow, language: Language): Record<Column, string> {
  const a = r.contact.address;
  const w = words[language];
  return {
    customerNumber: r.customer.number,
    customer: r.customer.name,
    vatNumber: r.customer.vatNumber,
    contact: r.contact.contactPerson,
    email: r.contact.email,
    phone: r.contact.phone,
    street: a?.street ?? '',
    postcode: a?.postcode ?? '',
    city: a?.city ?? '',
    country: a?.country ?? '',
    invoice: r.invoice.number,
    invoiceDate: csvDate(r.invoice.issueDate, language),
    dueDate: csvDate(r.invoice.dueDate, language),
    currency: r.invoice.currency,
    amount: csvAmount(r.invoice.amountCents, language),
    open: csvAmount(r.invoice.openCents, language),
    handedOverOn: csvDate(r.handedOverOn, language),
    // One line per reminder and per dossier entry inside the cell: the agency reads the history as it happened.
    reminders: r.reminders.map((m) => `${csvDate(m.deliveredOn ?? m.runDate, language)} ${m.levelName} (${w[m.channel]}, ${w[m.state]}) ${csvAmount(m.totalCents, language)}`).join('\n'),
    dossier: r.dossier.map((e) => `${csvDate(e.at, language)} ${w[e.kind]}: ${e.text} (${e.by})`).join('\n'),
  };
}

/** The hand-over file's rows, the header first; the CSV writer quotes what needs quoting. */
export function handoverTable(rows: HandoverRow[], language: Language): string[][] {
  const head = headers[language];
  return [columns.map((c) => head[c]), ...rows.map((r) => columns.map((c) => cells(r, language)[c]))];
}
