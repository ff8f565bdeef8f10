/**
 * The :86: field as German banks write it (Deutsche Bank, Sparkassen, Volks- und Raiffeisenbanken, Commerzbank,
 * Postbank; the Deutsche Kreditwirtschaft's MT940 format): a three-digit business transaction code (GVC,
 * "Geschäftsvorfallcode") followed by subfields, each `?` and two digits:
 *
 *   ?00 booking text · ?10 primanota · ?20–?29 and ?60–?63 purpose · ?30 the counterparty's BIC (before SEPA its
 *   bank code) · ?31 its IBAN (before SEPA its account number) · ?32–?33 its name · ?34 the return reason
 *
 * Subfields are at most 27 characters. A bank that fills one to the brim has cut a longer name or purpose there,
 * mid-word, so the next one follows without a separator; a shorter one ended a line of text, so a space follows.
 * The :86: lines (65 characters) are cut anywhere, even inside a subfield tag, and are joined as they stand. In SEPA
 * the purpose holds keyed values (EREF+ end-to-end id, KREF+ customer reference, MREF+ mandate, CRED+ creditor id,
 * DEBT+ originator id, SVWZ+ remittance text, ABWA+/ABWE+ ultimate debtor/creditor, COAM+/OAMT+ amounts, IBAN+ and
 * BIC+), each running to the next key, whatever subfield it spills into.
 */
import { isValidBIC } from 'ibantools';

/** A GVC code and a first subfield: what tells this layout from the Dutch ones. */
export const GVC_START = /^\d{3}\?\d{2}/;

const PURPOSE = /^(?:2\d|6[0-3])$/;
const SUBFIELD_MAX = 27;
const SEPA_KEY = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT|IBAN|BIC)\+/g;
const IBAN_LIKE = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/;

export type GvcDetails = {
  /** The GVC, e.g. 166 (SEPA credit transfer received), 105 (SEPA direct debit), 109 (direct debit returned). */
  code: string;
  bookingText: string;
  primanota: string;
  /** Purpose text before the first SEPA key (the whole purpose when there is none, as before SEPA). */
  freeText: string;
  /** SEPA keys and their values, e.g. { EREF: 'E2E-1', SVWZ: 'Rechnung 4711' }. */
  sepa: Partial<Record<string, string>>;
  bic: string;
  account: string;
  name: string;
  returnCode: string;
};

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Subfields cut from one value, joined back: a full one was cut mid-word, a shorter one ended a line. */
function joinCut(parts: string[]): string {
  return parts.reduce((out, part, i) => out + (i > 0 && (parts[i - 1]?.length ?? 0) < SUBFIELD_MAX ? ' ' : '') + part, '');
}

/** Subfields by tag, in file order. */
function subfields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const piece of text.slice(3).split(/\?(?=\d{2})/)) {
    if (piece === '') continue;
    const tag = PURPOSE.test(piece.slice(0, 2)) ? 'purpose' : piece.slice(0, 2);
    fields.set(tag, [...(fields.get(tag) ?? []), piece.slice(2)]);
  }
  return fields;
}

function sepaValues(purpose: string): { freeText: string; sepa: GvcDetails['sepa'] } {
  const hits = [...purpose.matchAll(SEPA_KEY)];
  const sepa: GvcDetails['sepa'] = {};
  hits.forEach((hit, i) => {
    const key = hit[1] ?? '';
    const value = collapse(purpose.slice(hit.index + hit[0].length, hits[i + 1]?.index ?? purpose.length));
    // The first occurrence counts; a key repeated inside the text is no new value.
    if (sepa[key] === undefined) sepa[key] = value;
  });
  return { freeText: collapse(purpose.slice(0, hits[0]?.index ?? purpose.length)), sepa };
}

/** `text` is the :86: content with its lines joined as they stand (no separator). */
export function readGvc(text: string): GvcDetails {
  const fields = subfields(text);
  const get = (tag: string) => collapse((fields.get(tag) ?? []).join(''));
  return {
    code: text.slice(0, 3),
    bookingText: get('00'),
    primanota: get('10'),
    ...sepaValues(joinCut(fields.get('purpose') ?? [])),
    bic: get('30'),
    account: get('31'),
    // ?32 and ?33 are one name cut at 27 characters, not two names.
    name: collapse(joinCut([...(fields.get('32') ?? []), ...(fields.get('33') ?? [])])),
    returnCode: get('34'),
  };
}

/** The counterparty's IBAN and BIC: from ?31/?30 in SEPA, else from the IBAN+/BIC+ keys; '' for pre-SEPA accounts. */
export function gvcCounterparty(d: GvcDetails): { iban: string; bic: string } {
  const compact = (v: string | undefined) => (v ?? '').replace(/\s+/g, '').toUpperCase();
  const iban = [compact(d.account), compact(d.sepa.IBAN)].find((v) => IBAN_LIKE.test(v)) ?? '';
  const bic = [compact(d.bic), compact(d.sepa.BIC)].find((v) => v !== '' && isValidBIC(v)) ?? '';
  return { iban, bic };
}
